package be.buurtwijzer.core.application.security;

import be.buurtwijzer.core.application.access.CallerCheck;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.ForbiddenException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.identity.LoginThrottle;
import be.buurtwijzer.core.domain.identity.PasswordRule;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.core.infrastructure.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Changing one's own password, and an administrator's reset to a one-time password. Every change
 * raises the account's credentials version: each other session of that person ends at its next
 * action, on every node, and the remembered verification of the old password no longer matches.
 */
@ApplicationScoped
@Transactional
public class Passwords {

    @Inject
    be.buurtwijzer.core.application.access.Memberships memberships;

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    CallerCheck callers;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginAttempts attempts;

    @Inject
    TenantGate tenantGate;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The input of a change: the current password proves it is the owner at the keyboard. */
    public record Change(String currentPassword, String newPassword) {
    }

    /**
     * Changes the caller's own password. A wrong current password counts as a failed log-in (so
     * this is no way around the lock).
     *
     * @return the caller with the new credentials (this session goes on; the others have ended)
     */
    public Caller changeOwn(Caller caller, Change change, Locale locale) {
        if (change == null) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        Caller now = callers.stillValid(caller);
        UserAccount user = em.find(UserAccount.class, now.userId());
        String current = change.currentPassword() == null ? "" : change.currentPassword();
        // the counters are written in transactions of their own, before this one writes the account
        if (!attempts.reserve(user.getId(), clock.instant(), LoginThrottle.DEFAULT)) {
            hasher.verifyAgainstNothing(current);
            throw wrongCurrent();
        }
        if (!hasher.verify(current, user.getPasswordHash())) {
            attempts.failed(user.getId(), clock.instant());
            throw wrongCurrent();
        }
        attempts.succeeded(user.getId());
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        String next = change.newPassword() == null ? "" : change.newPassword();
        if (next.equals(current)) {
            throw InvalidInputException.of("newPassword", "must differ from the current password")
                    .withCode("password-same");
        }
        PasswordRule.problem(next, List.of(user.getEmail(), user.getDisplayName()), locale).ifPresent(problem -> {
            throw InvalidInputException.of("newPassword", problem).withCode("password-weak", problem);
        });
        user.changePassword(hasher.hash(next), false);
        Conflicts.flush(em, "account");
        audit.platform(now, AuditAction.UPDATE, "password", user.getId(), null,
                Changes.between(Map.of("password", "(old)"), Map.of("password", "(changed by its owner)")));
        return CallerCheck.of(user);
    }

    private static InvalidInputException wrongCurrent() {
        return InvalidInputException.of("currentPassword", "is not your current password (or the account is "
                + "locked for a while after repeated failures)").withCode("current-password");
    }

    /**
     * A tenant administrator gives a member of the municipality a new one-time password. Only for
     * people who belong to this municipality alone and have no platform role: resetting someone who
     * also works elsewhere would give one municipality's administrator their account everywhere.
     *
     * @return the one-time password, shown once
     */
    public String resetMember(Caller caller, String slug, String userId) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_MEMBERS);
        Membership membership = memberships.find(access.tenantId(), userId)
                .orElseThrow(() -> new NotFoundException("member", userId));
        UserAccount user = em.find(UserAccount.class, membership.getUserId(), LockModeType.PESSIMISTIC_WRITE);
        long elsewhere = memberships.elsewhere(userId, access.tenantId());
        if (user.getPlatformRole() != null || elsewhere > 0) {
            throw new ForbiddenException("This person also works outside this municipality; only a platform "
                    + "administrator can reset their password.").withCode("reset-elsewhere");
        }
        String oneTime = reset(user);
        audit.tenant(access, AuditAction.UPDATE, "member-password", userId,
                Changes.between(Map.of("password", "(old)"), Map.of("password", "(one-time password issued)")));
        return oneTime;
    }

    /** A platform administrator resets any account to a one-time password. */
    public String resetAny(Caller caller, String userId) {
        Caller admin = platform.administrator(caller);
        UserAccount user = userId == null ? null : em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw new NotFoundException("account", userId);
        }
        String oneTime = reset(user);
        audit.platform(admin, AuditAction.UPDATE, "password", userId, null,
                Changes.between(Map.of("password", "(old)"), Map.of("password", "(one-time password issued)")));
        return oneTime;
    }

    private String reset(UserAccount user) {
        String oneTime = PasswordHasher.generatePassword();
        user.changePassword(hasher.hash(oneTime), true);
        user.unlock();
        Conflicts.flush(em, "account");
        return oneTime;
    }
}
