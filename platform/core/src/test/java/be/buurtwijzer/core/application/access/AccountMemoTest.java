package be.buurtwijzer.core.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import be.buurtwijzer.core.application.shared.Caller;
import org.junit.jupiter.api.Test;

class AccountMemoTest {

    private static Caller caller(String id, long credentialsVersion) {
        return new Caller(id, id + "@stederen.example", "An", null, false, credentialsVersion, false);
    }

    @Test
    void servesTheAccountReadEarlierInTheRequest() {
        AccountMemo memo = new AccountMemo();
        Caller read = caller("u1", 3);
        memo.remember(read, "en");
        assertSame(read, memo.find(caller("u1", 3)).caller());
        assertEquals("en", memo.find(caller("u1", 3)).preferredLocale());
    }

    @Test
    void neverServesAnotherAccountOrOtherCredentials() {
        AccountMemo memo = new AccountMemo();
        memo.remember(caller("u1", 3), null);
        assertNull(memo.find(caller("u2", 3)), "another person");
        assertNull(memo.find(caller("u1", 2)), "a session from before a password change");
        assertNull(memo.find(caller(null, 3)), "no account");
        assertNull(new AccountMemo().find(caller("u1", 3)), "nothing read in this request");
    }
}
