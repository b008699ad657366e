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
        var credentials = ApiAuthenticationMechanism.Credentials.fromBasicHeader(basic("an@stederen.be:ge:heim"));
        assertEquals("an@stederen.be", credentials.email());
        assertEquals("ge:heim", credentials.password());
    }

    @Test
    void acceptsTheSchemeInAnyCaseAndUtf8() {
        var credentials = ApiAuthenticationMechanism.Credentials.fromBasicHeader(
                "basic " + Base64.getEncoder().encodeToString("zoë@example.org:wachtwoord€".getBytes(StandardCharsets.UTF_8)));
        assertEquals("zoë@example.org", credentials.email());
        assertEquals("wachtwoord€", credentials.password());
    }

    @Test
    void refusesWhatIsNotBasicCredentials() {
        assertNull(ApiAuthenticationMechanism.Credentials.fromBasicHeader(null));
        assertNull(ApiAuthenticationMechanism.Credentials.fromBasicHeader("Bearer abc"));
        assertNull(ApiAuthenticationMechanism.Credentials.fromBasicHeader("Basic !!!"));
        assertNull(ApiAuthenticationMechanism.Credentials.fromBasicHeader(basic("no-colon")));
        assertNull(ApiAuthenticationMechanism.Credentials.fromBasicHeader(basic(":password-without-user")));
    }
}
