package be.buurtwijzer.core.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void aMunicipalitysShortNameIsLowerCaseLettersDigitsAndSingleHyphens() {
        assertTrue(Slug.isValid("stederen"));
        assertTrue(Slug.isValid("sint-niklaas-2"));
        assertFalse(Slug.isValid("Stederen"));
        assertFalse(Slug.isValid("sint--niklaas"));
        assertFalse(Slug.isValid("-stederen"));
        assertFalse(Slug.isValid("s"));
        assertFalse(Slug.isValid(null));
    }

    @Test
    void theWordsOfTheServersOwnPathsAreReserved() {
        for (String word : new String[] {"login", "password", "password-reset", "invitation", "platform", "publisher",
                "suspended", "not-allowed", "api", "health", "openapi", "register", "admin", "instrument", "error-page",
                "styles"}) {
            assertTrue(Slug.isReserved(word), word);
        }
        assertTrue(Slug.isReserved("VAADIN"), "Vaadin's resources, whatever the case");
        assertFalse(Slug.isReserved("stederen"));
        assertFalse(Slug.isReserved("gemeentegem"));
        assertFalse(Slug.isReserved("platformgem"), "only the whole word");
        assertFalse(Slug.isReserved(null));
    }
}
