package be.buurtwijzer.core.domain.identity;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password a person chooses must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH}, and hard to guess by zxcvbn's estimate (score {@value #MIN_SCORE} of 4: about
 * 10^8 guesses or more), counting the person's own e-mail address and name as easy guesses. A rule
 * of "one capital, one digit" is what people work around with "Welkom2026!"; zxcvbn judges what
 * attackers actually try first (common passwords, names, dates, keyboard rows, l33t). Its English
 * dictionaries do not know "welkom" or "wachtwoord", so the Dutch words and Flemish first and last
 * names of zxcvbn-ts's nl-BE language pack are added, with the AZERTY rows Belgian keyboards have.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    static final int MIN_SCORE = 3;

    private static final Zxcvbn ZXCVBN = zxcvbn();
    private static final List<String> LOCAL_GUESSES = List.of("buurtwijzer", "zorgzame", "buurt", "gemeente",
            "welkom", "wachtwoord", "paswoord", "vlaanderen", "belgie", "belgique", "azerty", "azertyuiop", "qsdfghjklm", "wxcvbn");

    private PasswordRule() {
    }

    /** Why the password is not acceptable, in the person's language (nl or en), or empty when it is. */
    public static Optional<String> problem(String password, List<String> personal, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(english ? "Choose a password of at least " + MIN_LENGTH + " characters."
                    : "Kies een wachtwoord van minstens " + MIN_LENGTH + " tekens.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(english ? "A password has at most " + MAX_LENGTH + " characters."
                    : "Een wachtwoord heeft hoogstens " + MAX_LENGTH + " tekens.");
        }
        List<String> inputs = new ArrayList<>(LOCAL_GUESSES);
        for (String p : personal) {
            if (p != null && !p.isBlank()) {
                inputs.add(p);
                inputs.addAll(List.of(p.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
            }
        }
        Strength strength = ZXCVBN.measure(password, inputs);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        Locale language = english ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        Feedback feedback = strength.getFeedback();
        StringBuilder advice = new StringBuilder(english ? "This password is too easy to guess."
                : "Dit wachtwoord is te makkelijk te raden.");
        String warning = feedback.getWarning(language);
        if (warning != null && !warning.isBlank()) {
            advice.append(' ').append(warning.trim());
        }
        for (String suggestion : feedback.getSuggestions(language)) {
            advice.append(' ').append(suggestion.trim());
        }
        return Optional.of(advice.toString());
    }

    private static Zxcvbn zxcvbn() {
        try {
            List<Dictionary> dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
            for (String name : List.of("dutch-words", "flemish-first-names", "flemish-last-names")) {
                dictionaries.add(new Dictionary(name, words(name + ".txt")));
            }
            return new ZxcvbnBuilder().dictionaries(dictionaries).keyboards(StandardKeyboards.loadAllKeyboards()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String resource) throws IOException {
        try (var in = PasswordRule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing word list " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank()).toList();
        }
    }
}
