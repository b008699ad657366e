package be.buurtwijzer.plugins.support;

import java.text.MessageFormat;
import java.util.Locale;

/** A count with its noun ("één initiatief", "3 initiatieven"), chosen by a message format, not by concatenation. */
public final class Plural {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private Plural() {
    }

    public static String nl(long count, String one, String many) {
        return new MessageFormat("{0,choice,0#geen " + many + "|1#één " + one + "|1<{0,number,integer} " + many + "}",
                DUTCH).format(new Object[] {count});
    }

    public static String en(long count, String one, String many) {
        return new MessageFormat("{0,choice,0#no " + many + "|1#one " + one + "|1<{0,number,integer} " + many + "}",
                Locale.ENGLISH).format(new Object[] {count});
    }

    /** The count as a figure even for one: "1 partner", "3 partners". */
    public static String nlFigure(long count, String one, String many) {
        return new MessageFormat("{0,number,integer} {0,choice,0#" + many + "|1#" + one + "|1<" + many + "}", DUTCH)
                .format(new Object[] {count});
    }

    public static String enFigure(long count, String one, String many) {
        return new MessageFormat("{0,number,integer} {0,choice,0#" + many + "|1#" + one + "|1<" + many + "}",
                Locale.ENGLISH).format(new Object[] {count});
    }
}
