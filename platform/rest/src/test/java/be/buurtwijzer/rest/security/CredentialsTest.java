package be.buurtwijzer.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static String basic(String userPass) {
        return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsAtTheFirstColonSoPasswordsMayContainColons() {
        var credentials = ApiAuthentication.Credentials.fromBasicHeader(basic("an@stederen.be:ge:heim"));
        assertEquals("an@stederen.be", credentials.email());
        assertEquals("ge:heim", credentials.password());
    }

    @Test
    void acceptsTheSchemeInAnyCaseAndUtf8() {
        var credentials = ApiAuthentication.Credentials.fromBasicHeader(
                "basic " + Base64.getEncoder().encodeToString("zoë@example.org:wachtwoord€".getBytes(StandardCharsets.UTF_8)));
        assertEquals("zoë@example.org", credentials.email());
        assertEquals("wachtwoord€", credentials.password());
    }

    @Test
    void refusesWhatIsNotBasicCredentials() {
        assertNull(ApiAuthentication.Credentials.fromBasicHeader(null));
        assertNull(ApiAuthentication.Credentials.fromBasicHeader("Bearer abc"));
        assertNull(ApiAuthentication.Credentials.fromBasicHeader("Basic !!!"));
        assertNull(ApiAuthentication.Credentials.fromBasicHeader(basic("no-colon")));
        assertNull(ApiAuthentication.Credentials.fromBasicHeader(basic(":password-without-user")));
    }
}
