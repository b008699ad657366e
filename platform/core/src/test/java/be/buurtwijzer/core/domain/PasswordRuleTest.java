package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.identity.PasswordRule;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    private static final Locale NL = Locale.forLanguageTag("nl-BE");
    private static final String STRONG = "vlinder-Kaai-7-oever";
    private static final String TOO_EASY = "Dit wachtwoord is te makkelijk te raden.";

    private static Optional<String> problem(String password, String... personal) {
        return PasswordRule.problem(password, List.of(personal), NL);
    }

    @Test
    void tenCharactersIsTheShortestAndTwoHundredTheLongest() {
        assertEquals(Optional.of("Kies een wachtwoord van minstens 10 tekens."), problem("qz7#Lp2!x"));
        assertEquals(Optional.empty(), problem("qz7#Lp2!xW"));
        StringBuilder longest = new StringBuilder();
        java.util.Random random = new java.util.Random(200);
        while (longest.length() < 200) {
            longest.append((char) ('!' + random.nextInt(90)));
        }
        assertEquals(Optional.empty(), problem(longest.toString()));
        assertEquals(Optional.of("Een wachtwoord heeft hoogstens 200 tekens."), problem(longest + "x"));
        assertEquals(Optional.of("Kies een wachtwoord van minstens 10 tekens."), problem(null));
        assertEquals(Optional.of("Kies een wachtwoord van minstens 10 tekens."), problem(""));
    }

    @Test
    void passwordsFlemishPeopleWorkAroundRulesWithAreTooEasyToGuess() {
        for (String guessable : List.of("Welkom2026!", "Wachtwoord1!", "Paswoord123", "Vlaanderen1302",
                "azertyuiop", "1234567890", "Buurtwijzer2026", "zorgzamebuurt", "Peeters1985", "Schatje2026")) {
            Optional<String> problem = problem(guessable);
            assertTrue(problem.isPresent(), guessable);
            assertTrue(problem.get().startsWith(TOO_EASY), problem.get());
        }
        assertEquals(Optional.empty(), problem(STRONG));
    }

    @Test
    void thePersonsOwnNameAndAddressAreEasyGuesses() {
        String own = "Kwakkelbeek2026";
        assertEquals(Optional.empty(), problem(own), "a surname no list holds, with a year, is strong for a stranger");
        assertTrue(problem(own, "m.kwakkelbeek@zottegem.be", "Mieke Kwakkelbeek").isPresent(),
                "but not for someone who knows whose account it is");
        assertEquals(Optional.empty(), PasswordRule.problem(STRONG, Arrays.asList("", " ", null), NL));
    }

    @Test
    void theAdviceIsInThePersonsLanguage() {
        assertEquals(Optional.of("Choose a password of at least 10 characters."),
                PasswordRule.problem("short", List.of(), Locale.ENGLISH));
        assertEquals(Optional.of("A password has at most 200 characters."),
                PasswordRule.problem("x".repeat(201), List.of(), Locale.ENGLISH));
        Optional<String> weak = PasswordRule.problem("Wachtwoord1!", List.of(), Locale.ENGLISH);
        assertTrue(weak.orElseThrow().startsWith("This password is too easy to guess. "), weak.get());
        String dutch = problem("Wachtwoord1!").orElseThrow();
        assertTrue(dutch.length() > TOO_EASY.length() + 10, "with zxcvbn's advice after it: " + dutch);
        assertTrue(PasswordRule.problem("Wachtwoord1!", List.of(), null).orElseThrow().startsWith(TOO_EASY));
    }
}
