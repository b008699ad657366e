package be.buurtwijzer.core.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class GateMemoTest {

    private static TenantAccess entry(String tenantId, String slug, String userId) {
        Caller caller = new Caller(userId, userId + "@stederen.example", "An", null, false, 1, false);
        return new TenantAccess(tenantId, slug, "Stad " + slug, TenantRole.PARTNER, caller, "nl-BE");
    }

    @Test
    void servesTheEntryAndTheStampReadWithItForThatMunicipalityOnly() {
        GateMemo memo = new GateMemo();
        TenantAccess entry = entry("t1", "stederen", "u1");
        memo.remember(entry, OptionalLong.of(7));
        assertSame(entry, memo.find("u1", "stederen"));
        assertEquals(OptionalLong.of(7), memo.registerStamp("t1"));
        assertNull(memo.registerStamp("t2"), "another municipality's stamp was never read here");
        assertNull(memo.find("u2", "stederen"), "another person");
        assertNull(memo.find("u1", "dorpen"), "another municipality");
    }

    @Test
    void aRegisterThatNeverChangedHasAnEmptyStampNotAnUnknownOne() {
        GateMemo memo = new GateMemo();
        memo.remember(entry("t1", "stederen", "u1"), OptionalLong.empty());
        assertEquals(OptionalLong.empty(), memo.registerStamp("t1"));
    }

    @Test
    void aChangeInTheRequestForgetsTheStampButKeepsTheRights() {
        GateMemo memo = new GateMemo();
        memo.remember(entry("t1", "stederen", "u1"), OptionalLong.of(7));
        memo.forgetRegisterStamp();
        assertNull(memo.registerStamp("t1"), "the lists after a change read the stamp again");
        assertEquals("t1", memo.find("u1", "stederen").tenantId());
    }

    @Test
    void forgettingTheEntryForgetsItsStamp() {
        GateMemo memo = new GateMemo();
        memo.remember(entry("t1", "stederen", "u1"), OptionalLong.of(7));
        memo.forget();
        assertNull(memo.find("u1", "stederen"));
        assertNull(memo.registerStamp("t1"));
        assertNull(new GateMemo().registerStamp("t1"), "nothing entered in this request");
    }
}
