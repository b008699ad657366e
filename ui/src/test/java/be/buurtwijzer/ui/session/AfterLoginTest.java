package be.buurtwijzer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AfterLoginTest {

    @Test
    void aPageOfThisServerIsWhereTheLogInLeads() {
        assertEquals("stederen/register/actors", AfterLogin.localPath("stederen/register/actors"));
        assertEquals("stederen/instrument/logbook/entries?x=1", AfterLogin.localPath("stederen/instrument/logbook/entries?x=1"));
        assertEquals("", AfterLogin.localPath(null));
        assertEquals("", AfterLogin.localPath("login"));
    }

    @Test
    void nothingLeadsToAnotherSite() {
        assertEquals("evil.example/x", AfterLogin.localPath("//evil.example/x"), "a path on this server, not a host");
        assertEquals("", AfterLogin.localPath("https://evil.example"));
        assertEquals("evil.example", AfterLogin.localPath("/\\evil.example"), "a path on this server");
        assertEquals("", AfterLogin.localPath("stederen\\..\\x"));
        assertEquals("", AfterLogin.localPath("javascript:alert(1)"));
    }
}
