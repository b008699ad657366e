package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.mail.Mail;
import be.buurtwijzer.core.application.mail.MailTexts;
import be.buurtwijzer.core.application.mail.PublicLinks;
import be.buurtwijzer.core.application.access.CallerCheck;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.identity.PasswordRule;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.shared.SecretTokens;
import be.buurtwijzer.core.domain.tenancy.Invitation;
import be.buurtwijzer.core.domain.tenancy.Membership;
import be.buurtwijzer.core.domain.tenancy.Tenant;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.core.infrastructure.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joining a municipality. The administrator invites an address with a role and learns nothing
 * about whether that person has an account elsewhere (the answer is the same either way, and no
 * name from another municipality is shown). The invited person accepts: with the account they
 * have (logged in as the invited address), or with a new one they create themselves.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    @Inject
    be.buurtwijzer.core.application.access.Memberships memberships;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    CallerCheck callers;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    PasswordHasher hasher;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    @Inject
    be.buurtwijzer.core.application.access.Accounts accounts;

    /** What the holder of a token sees before accepting. */
    public record Invited(String municipality, String municipalitySlug, String email, TenantRole role,
            Invitation.Status status, Instant expiresAt) {
    }

    /** A new account for an invitation: the person's own name and password. */
    public record NewAccount(String displayName, String password) {
    }

    /** A new invitation with its token (shown to nobody but its mail, unless that mail cannot leave). */
    public record Issued(InvitationDetails view, Mail mail) {
    }

    /** Creates the invitation and its mail; {@link InvitationDelivery} sends it once this has committed. */
    public Issued invite(Caller caller, String slug, InvitationInput input) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_MEMBERS);
        input = validator.check(input);
        String email = UserAccount.normalizeEmail(input.email());
        Instant now = clock.instant();
        boolean member = !em.createQuery("SELECT m.id FROM Membership m, UserAccount u WHERE m.userId = u.id "
                        + "AND m.tenantId = :tenant AND u.email = :email", String.class)
                .setParameter("tenant", access.tenantId()).setParameter("email", email).getResultList().isEmpty();
        if (member) {
            throw new ConflictException("'" + email + "' is already a member of this municipality.", "email")
                    .withCode("already-member", email);
        }
        // an expired invitation no longer holds the address
        em.createQuery("UPDATE Invitation i SET i.openKey = NULL WHERE i.openKey = :key AND i.expiresAt <= :now")
                .setParameter("key", Invitation.openKey(access.tenantId(), email)).setParameter("now", now)
                .executeUpdate();
        boolean open = !em.createQuery("SELECT i.id FROM Invitation i WHERE i.openKey = :key", String.class)
                .setParameter("key", Invitation.openKey(access.tenantId(), email)).getResultList().isEmpty();
        if (open) {
            throw new ConflictException("'" + email + "' has an open invitation already; revoke it to send a new one.",
                    "email").withCode("already-invited", email);
        }
        String token = SecretTokens.newToken();
        Invitation invitation = new Invitation(access.tenantId(), email, input.role(), SecretTokens.hash(token),
                access.caller().email(), now);
        em.persist(invitation);
        Conflicts.flush(em, "invitation");
        audit.tenant(access, AuditAction.CREATE, "invitation", invitation.getId(),
                Changes.created(Map.of("email", email, "role", input.role())));
        Tenant tenant = em.find(Tenant.class, access.tenantId());
        String link = links.invitation(token);
        Mail mail = MailTexts.invitation(email, tenant.getDefaultLocale(), tenant.getName(),
                access.caller().displayName(), input.role(), invitation.getExpiresAt(), link);
        return new Issued(InvitationDetails.of(invitation, now, token).withLink(link), mail);
    }

    /** The municipality's invitations that are still open, newest first. */
    public List<InvitationDetails> open(Caller caller, String slug) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_MEMBERS);
        Instant now = clock.instant();
        return em.createQuery("SELECT i FROM Invitation i WHERE i.tenantId = :tenant AND i.openKey IS NOT NULL "
                        + "ORDER BY i.createdAt DESC", Invitation.class)
                .setParameter("tenant", access.tenantId()).getResultList().stream()
                .filter(i -> i.status(now) == Invitation.Status.OPEN)
                .map(i -> InvitationDetails.of(i, now, null)).toList();
    }

    public void revoke(Caller caller, String slug, String invitationId) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_MEMBERS);
        Invitation invitation = em.find(Invitation.class, invitationId == null ? "" : invitationId);
        if (invitation == null || !invitation.getTenantId().equals(access.tenantId())) {
            throw new NotFoundException("invitation", invitationId);
        }
        if (invitation.status(clock.instant()) == Invitation.Status.OPEN) {
            invitation.revoke(clock.instant());
            Conflicts.flush(em, "invitation");
            audit.tenant(access, AuditAction.DELETE, "invitation", invitationId,
                    Changes.deleted(Map.of("email", invitation.getEmail())));
        }
    }

    /** What an invitation is for, to its holder. */
    public Invited describe(String token) {
        Invitation invitation = byToken(token, false);
        Tenant tenant = em.find(Tenant.class, invitation.getTenantId());
        return new Invited(tenant.getName(), tenant.getSlug(), invitation.getEmail(), invitation.getRole(),
                invitation.status(clock.instant()), invitation.getExpiresAt());
    }

    /** The logged-in person accepts; the invitation must be for their address. */
    public String accept(Caller caller, String token) {
        Caller now = callers.current(caller);
        Invitation invitation = openInvitation(token);
        if (!invitation.getEmail().equals(now.email())) {
            throw new ConflictException("This invitation is for another e-mail address; log in with that address.",
                    "token").withCode("invitation-other-address");
        }
        join(invitation, em.find(UserAccount.class, now.userId()));
        return em.find(Tenant.class, invitation.getTenantId()).getSlug();
    }

    /**
     * Someone without an account accepts by creating one for the invited address. When the address
     * has an account already, they are asked to log in and accept instead (they hold the token, so
     * they are the address's owner: this tells nobody else anything).
     */
    public Caller acceptWithNewAccount(String token, NewAccount account, Locale locale) {
        Invitation invitation = openInvitation(token);
        if (account == null || account.displayName() == null || account.displayName().isBlank()
                || account.displayName().length() > 200) {
            throw InvalidInputException.of("displayName", "your name (1 to 200 characters) is required")
                    .withCode("name-required");
        }
        boolean exists = accounts.exists(invitation.getEmail());
        if (exists) {
            throw new ConflictException("This address has an account already: log in and accept the invitation.",
                    "email").withCode("account-exists");
        }
        String password = account.password() == null ? "" : account.password();
        PasswordRule.problem(password, List.of(invitation.getEmail(), account.displayName()), locale)
                .ifPresent(problem -> {
                    throw InvalidInputException.of("password", problem).withCode("password-weak", problem);
                });
        UserAccount user = new UserAccount(invitation.getEmail(), be.buurtwijzer.plugin.api.PlainText.nfc(
                account.displayName().trim()), hasher.hash(password), clock.instant());
        em.persist(user);
        Conflicts.flush(em, "account");
        join(invitation, user);
        return CallerCheck.of(user);
    }

    private void join(Invitation invitation, UserAccount user) {
        Instant now = clock.instant();
        Tenant tenant = em.find(Tenant.class, invitation.getTenantId());
        TenantAccess access = new TenantAccess(tenant.getId(), tenant.getSlug(), tenant.getName(),
                invitation.getRole(), CallerCheck.of(user), tenant.getDefaultLocale());
        tenantGate.bind(access);
        boolean member = memberships.find(tenant.getId(), user.getId()).isPresent();
        if (!member) {
            em.persist(new Membership(tenant.getId(), user.getId(), invitation.getRole(), now));
        }
        invitation.accept(user.getId(), now);
        Conflicts.flush(em, "membership");
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("email", user.getEmail());
        state.put("role", invitation.getRole());
        state.put("invitation", invitation.getId());
        audit.tenant(access, AuditAction.CREATE, "member", user.getId(), Changes.created(state));
    }

    private Invitation openInvitation(String token) {
        Invitation invitation = byToken(token, true);
        if (invitation.status(clock.instant()) != Invitation.Status.OPEN) {
            throw new ConflictException("This invitation is no longer open (" + invitation.status(clock.instant())
                    .name().toLowerCase(Locale.ROOT) + ").", "token").withCode("invitation-closed");
        }
        return invitation;
    }

    private Invitation byToken(String token, boolean lock) {
        if (!SecretTokens.plausible(token)) {
            throw new NotFoundException("invitation", "");
        }
        var query = em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", SecretTokens.hash(token));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException("invitation", "")
                .withCode("invitation-unknown"));
    }
}
