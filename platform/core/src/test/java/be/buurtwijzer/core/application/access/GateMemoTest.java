package be.buurtwijzer.core.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import java.time.Instant;
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

    private static Memberships.TenantAndRole readAtLogIn() {
        return Memberships.TenantAndRole.of(new Tenant("stederen", "Stad Stederen", "nl-BE", Instant.EPOCH),
                TenantRole.COORDINATOR, OptionalLong.of(3));
    }

    @Test
    void aMembershipReadAtLogInServesTheGateOnceForThatPersonAndMunicipality() {
        GateMemo memo = new GateMemo();
        Memberships.TenantAndRole found = readAtLogIn();
        memo.prefetch("stederen", "u1", found);
        assertSame(found, memo.prefetched("stederen", "u1"));
        assertNull(memo.prefetched("stederen", "u1"), "the gate reads afresh after the first use");
    }

    @Test
    void aMembershipReadAtLogInIsNotServedForAnotherPersonOrMunicipality() {
        GateMemo memo = new GateMemo();
        memo.prefetch("stederen", "u1", readAtLogIn());
        assertNull(memo.prefetched("dorpen", "u1"));
        memo.prefetch("stederen", "u1", readAtLogIn());
        assertNull(memo.prefetched("stederen", "u2"));
    }

    @Test
    void aChangeToMembershipsInTheRequestForgetsTheMembershipReadAtLogIn() {
        GateMemo memo = new GateMemo();
        memo.prefetch("stederen", "u1", readAtLogIn());
        memo.forget();
        assertNull(memo.prefetched("stederen", "u1"));
    }
}
