package be.buurtwijzer.core.application.releases;

import be.buurtwijzer.core.application.admin.UserDirectory;
import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.releases.PublishingViews.Key;
import be.buurtwijzer.core.application.releases.PublishingViews.KeyInput;
import be.buurtwijzer.core.application.releases.PublishingViews.Organisation;
import be.buurtwijzer.core.application.releases.PublishingViews.OrganisationInput;
import be.buurtwijzer.core.application.releases.PublishingViews.Publisher;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.ForbiddenException;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.admin.AdministratorInput;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.identity.PlatformRole;
import be.buurtwijzer.core.domain.identity.UserAccount;
import be.buurtwijzer.core.domain.instruments.JarSignature;
import be.buurtwijzer.core.domain.instruments.OrganisationKey;
import be.buurtwijzer.core.domain.instruments.SupportOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Support organisations, their publishers and their signing keys. A publisher acts for its own
 * organisation; a platform administrator for any.
 */
@ApplicationScoped
@Transactional
public class SupportOrganisations {

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    Releases releases;

    @Inject
    UserDirectory users;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    be.buurtwijzer.core.application.access.CallerCheck callers;

    public Organisation createOrganisation(Caller caller, OrganisationInput input) {
        platform.administrator(caller);
        input = validator.check(input);
        if (!em.createQuery("SELECT o.id FROM SupportOrganisation o WHERE LOWER(o.name) = :name", String.class)
                .setParameter("name", input.name().trim().toLowerCase()).getResultList().isEmpty()) {
            throw new ConflictException("A support organisation named '" + input.name().trim() + "' exists.", "name")
                    .withCode("organisation-exists", input.name().trim());
        }
        SupportOrganisation organisation = new SupportOrganisation(input.name().trim(), clock.instant());
        em.persist(organisation);
        audit.platform(caller, AuditAction.CREATE, "organisation", organisation.getId(), null,
                Changes.created(Map.of("name", organisation.getName())));
        return view(organisation);
    }

    public List<Organisation> organisations(Caller caller) {
        platform.administrator(caller);
        return em.createQuery("SELECT o FROM SupportOrganisation o ORDER BY o.name", SupportOrganisation.class)
                .getResultList().stream().map(SupportOrganisations::view).toList();
    }

    /** Finds or creates an organisation by name (used by tenant-config for the platform's own users). */
    public String organisationNamed(Caller caller, String name) {
        platform.administrator(caller);
        return em.createQuery("SELECT o.id FROM SupportOrganisation o WHERE o.name = :name", String.class)
                .setParameter("name", name).getResultStream().findFirst()
                .orElseGet(() -> createOrganisation(caller, new OrganisationInput(name)).id());
    }

    public Publisher addPublisher(Caller caller, String organisationId, AdministratorInput input) {
        platform.administrator(caller);
        input = validator.check(input);
        organisation(organisationId);
        UserDirectory.Account account = users.findOrCreate(input.email(), input.displayName(), null);
        UserAccount user = account.user();
        if (user.getPlatformRole() == PlatformRole.PLATFORM_ADMIN) {
            throw new ConflictException("'" + user.getEmail() + "' is a platform administrator and cannot also publish.",
                    "email").withCode("admin-cannot-publish", user.getEmail());
        }
        user.setPlatformRole(PlatformRole.PUBLISHER);
        user.setOrganisationId(organisationId);
        audit.platform(caller, AuditAction.UPDATE, "publisher", user.getId(), null,
                Changes.created(Map.of("email", user.getEmail(), "organisationId", organisationId)));
        return new Publisher(user.getId(), user.getEmail(), user.getDisplayName(), organisationId,
                account.oneTimePassword());
    }

    public Key registerKey(Caller caller, KeyInput input) {
        String organisationId = publisherOrganisation(caller);
        input = validator.check(input);
        PublicKey key;
        try {
            key = JarSignature.publicKey(input.publicKey());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("publicKey", e.getMessage()).withCode("key-invalid");
        }
        String fingerprint = JarSignature.fingerprint(key);
        if (releases.keyKnown(fingerprint)) {
            throw new ConflictException("This key is already registered.", "publicKey").withCode("key-known");
        }
        OrganisationKey registered = new OrganisationKey(organisationId, input.label().trim(), JarSignature.encode(key),
                fingerprint, clock.instant());
        registered.registeredBy(caller.userId());
        em.persist(registered);
        audit.platform(caller, AuditAction.CREATE, "signing-key", registered.getId(), null,
                Changes.created(Map.of("organisationId", organisationId, "fingerprint", fingerprint)));
        return view(registered);
    }

    public List<Key> keys(Caller caller) {
        return keysOfOrganisation(publisherOrganisation(caller));
    }

    private List<Key> keysOfOrganisation(String organisationId) {
        return releases.keys(organisationId, false).stream().map(SupportOrganisations::view).toList();
    }

    /** The publishers of one organisation, for platform administrators. */
    public List<Publisher> publishersOf(Caller caller, String organisationId) {
        platform.administrator(caller);
        organisation(organisationId);
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.organisationId = :o AND u.platformRole = :role"
                + " ORDER BY u.email", UserAccount.class).setParameter("o", organisationId)
                .setParameter("role", PlatformRole.PUBLISHER).getResultList().stream()
                .map(u -> new Publisher(u.getId(), u.getEmail(), u.getDisplayName(), organisationId, null)).toList();
    }

    /** The signing keys of one organisation, for platform administrators. */
    public List<Key> keysOf(Caller caller, String organisationId) {
        platform.administrator(caller);
        organisation(organisationId);
        return keysOfOrganisation(organisationId);
    }

    /** A publisher revokes one of its organisation's keys; a platform administrator may revoke any (compromise). */
    public Key revokeKey(Caller caller, String keyId) {
        OrganisationKey key = em.find(OrganisationKey.class, keyId);
        if (key == null || !(platform.isAdministrator(caller) || key.getOrganisationId().equals(publisherOrganisation(caller)))) {
            throw new NotFoundException("signing key", keyId);
        }
        key.revoke(clock.instant());
        audit.platform(caller, AuditAction.UPDATE, "signing-key", keyId, null,
                Changes.between(Map.of("revoked", false), Map.of("revoked", true)));
        return view(key);
    }

    /**
     * Approves a waiting key: a platform administrator may approve any; a publisher one of their own
     * organisation that another publisher registered (never their own).
     */
    public Key approveKey(Caller caller, String keyId) {
        OrganisationKey key = keyId == null ? null : em.find(OrganisationKey.class, keyId);
        if (key == null) {
            throw new NotFoundException("signing key", keyId);
        }
        if (!platform.isAdministrator(caller)) {
            if (!key.getOrganisationId().equals(publisherOrganisation(caller))) {
                throw new NotFoundException("signing key", keyId);
            }
            if (caller.userId().equals(key.getRegisteredBy())) {
                throw new ForbiddenException("A key is approved by someone other than the publisher who registered it: "
                        + "a platform administrator or another publisher of your organisation.").withCode("key-own");
            }
        }
        if (key.getRevokedAt() != null) {
            throw new ConflictException("This key was revoked; register a new one.").withCode("key-revoked");
        }
        if (key.getApprovedAt() == null) {
            key.approve(caller.email(), clock.instant());
            audit.platform(caller, AuditAction.UPDATE, "signing-key", keyId, null,
                    Changes.between(Map.of("approved", false), Map.of("approved", true)));
        }
        return view(key);
    }

    /** The organisation the caller publishes for; refused for anyone who is not a publisher. */
    public String publisherOrganisation(Caller caller) {
        callers.current(caller);
        UserAccount user = caller.userId() == null ? null : em.find(UserAccount.class, caller.userId());
        if (user == null || user.getPlatformRole() != PlatformRole.PUBLISHER || user.getOrganisationId() == null) {
            throw new ForbiddenException("Only a publisher of a support organisation may do this.").withCode("publisher-only");
        }
        return user.getOrganisationId();
    }

    /** The organisation, or not found. */
    public SupportOrganisation organisation(String id) {
        SupportOrganisation organisation = em.find(SupportOrganisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("support organisation", id);
        }
        return organisation;
    }



    private static Organisation view(SupportOrganisation o) {
        return new Organisation(o.getId(), o.getName(), o.getCreatedAt());
    }

    private static Key view(OrganisationKey k) {
        return new Key(k.getId(), k.getOrganisationId(), k.getLabel(), k.getFingerprint(), k.getCreatedAt(),
                k.getRevokedAt(), k.getApprovedAt(), k.getApprovedBy(), k.getRegisteredBy());
    }
}
