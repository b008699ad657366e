package be.buurtwijzer.plugins.typology;

import java.text.MessageFormat;
import java.util.Locale;

/** Sentences with counts, each plural chosen by a message format. */
final class Counts {

    private Counts() {
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String format(Locale locale, String nl, String en, Object... values) {
        return new MessageFormat(english(locale) ? en : nl, english(locale) ? Locale.ENGLISH
                : Locale.forLanguageTag("nl-BE")).format(values);
    }

    static String initiatives(int count, Locale locale) {
        return format(locale, "{0,choice,0#geen initiatieven|1#één initiatief|1<{0,number,integer} initiatieven}",
                "{0,choice,0#no initiatives|1#one initiative|1<{0,number,integer} initiatives}", count);
    }

    static String summary(int initiatives, int classified, int links, Locale locale) {
        return format(locale, "{0,choice,0#Geen initiatieven|1#Eén initiatief|1<{0,number,integer} initiatieven}, "
                        + "{1,number,integer} getypeerd, {2,choice,0#geen verbindingen|1#één verbinding|1<{2,number,integer} verbindingen}.",
                "{0,choice,0#No initiatives|1#One initiative|1<{0,number,integer} initiatives}, {1,number,integer} "
                        + "classified, {2,choice,0#no links|1#one link|1<{2,number,integer} links}.",
                initiatives, classified, links);
    }

    static String notClassified(long count, Locale locale) {
        return format(locale, "{0,choice,1#Eén initiatief is|1<{0,number,integer} initiatieven zijn} nog niet getypeerd.",
                "{0,choice,1#One initiative is|1<{0,number,integer} initiatives are} not classified yet.", count);
    }

    static String card(int classified, int initiatives, long warnings, Locale locale) {
        return format(locale, "{0,number,integer} van {1,choice,0#0 initiatieven|1#1 initiatief|1<{1,number,integer} "
                        + "initiatieven} getypeerd, {2,choice,0#geen waarschuwingen|1#één waarschuwing|1<{2,number,integer} "
                        + "waarschuwingen}",
                "{0,number,integer} of {1,choice,0#0 initiatives|1#1 initiative|1<{1,number,integer} initiatives} "
                        + "classified, {2,choice,0#no warnings|1#one warning|1<{2,number,integer} warnings}",
                classified, initiatives, warnings);
    }
}
