package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.admin.UserDirectory;
import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.instruments.PublishingViews.Key;
import be.buurtwijzer.core.application.instruments.PublishingViews.KeyInput;
import be.buurtwijzer.core.application.instruments.PublishingViews.Organisation;
import be.buurtwijzer.core.application.instruments.PublishingViews.OrganisationInput;
import be.buurtwijzer.core.application.instruments.PublishingViews.Publisher;
import be.buurtwijzer.core.application.instruments.PublishingViews.Release;
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
import be.buurtwijzer.core.domain.instruments.JarInspection;
import be.buurtwijzer.core.domain.instruments.JarSignature;
import be.buurtwijzer.core.domain.instruments.OrganisationKey;
import be.buurtwijzer.core.domain.instruments.PluginManifest;
import be.buurtwijzer.core.domain.instruments.PluginRelease;
import be.buurtwijzer.core.domain.instruments.ReleaseRules;
import be.buurtwijzer.core.domain.instruments.ReleaseStatus;
import be.buurtwijzer.core.domain.instruments.SupportOrganisation;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Support organisations, their keys and publishers; uploading, reviewing and withdrawing
 * releases. A publisher sees its own organisation's releases and never any municipality's data.
 */
@ApplicationScoped
@Transactional
public class PublishingService {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    PluginRuntime runtime;

    @Inject
    Clock clock;

    @Inject
    be.buurtwijzer.core.application.security.CallerCheck callers;

    @Inject
    @ConfigProperty(name = "buurtwijzer.plugin.max-bytes", defaultValue = "31457280")
    long maxBytes;

    // --- organisations, publishers and keys

    public Organisation createOrganisation(Caller caller, OrganisationInput input) {
        requirePlatformAdmin(caller);
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
        requirePlatformAdmin(caller);
        return em.createQuery("SELECT o FROM SupportOrganisation o ORDER BY o.name", SupportOrganisation.class)
                .getResultList().stream().map(PublishingService::view).toList();
    }

    /** Finds or creates an organisation by name (used by tenant-config for the platform's own users). */
    public String organisationNamed(Caller caller, String name) {
        requirePlatformAdmin(caller);
        return em.createQuery("SELECT o.id FROM SupportOrganisation o WHERE o.name = :name", String.class)
                .setParameter("name", name).getResultStream().findFirst()
                .orElseGet(() -> createOrganisation(caller, new OrganisationInput(name)).id());
    }

    public Publisher addPublisher(Caller caller, String organisationId, AdministratorInput input) {
        requirePlatformAdmin(caller);
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
        if (!em.createQuery("SELECT k.id FROM OrganisationKey k WHERE k.fingerprint = :f", String.class)
                .setParameter("f", fingerprint).getResultList().isEmpty()) {
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
        return em.createQuery("SELECT k FROM OrganisationKey k WHERE k.organisationId = :o ORDER BY k.createdAt",
                OrganisationKey.class).setParameter("o", organisationId).getResultList().stream()
                .map(PublishingService::view).toList();
    }

    /** The publishers of one organisation, for platform administrators. */
    public List<Publisher> publishersOf(Caller caller, String organisationId) {
        requirePlatformAdmin(caller);
        organisation(organisationId);
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.organisationId = :o AND u.platformRole = :role"
                + " ORDER BY u.email", UserAccount.class).setParameter("o", organisationId)
                .setParameter("role", PlatformRole.PUBLISHER).getResultList().stream()
                .map(u -> new Publisher(u.getId(), u.getEmail(), u.getDisplayName(), organisationId, null)).toList();
    }

    /** The signing keys of one organisation, for platform administrators. */
    public List<Key> keysOf(Caller caller, String organisationId) {
        requirePlatformAdmin(caller);
        organisation(organisationId);
        return keysOfOrganisation(organisationId);
    }

    /** A publisher revokes one of its organisation's keys; a platform administrator may revoke any (compromise). */
    public Key revokeKey(Caller caller, String keyId) {
        OrganisationKey key = em.find(OrganisationKey.class, keyId);
        if (key == null || !(isPlatformAdmin(caller) || key.getOrganisationId().equals(publisherOrganisation(caller)))) {
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
        if (!isPlatformAdmin(caller)) {
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

    // --- releases

    /**
     * Checks an uploaded jar and files it as submitted; every refusal says why and stores nothing.
     * The raw bytes are checked first (size, then the signature by an approved key of the
     * organisation); only a jar signed that way is opened, and then with limits on entries and on
     * what it inflates to.
     */
    public Release submit(Caller caller, byte[] jar, String signature, String releaseNotes) {
        String organisationId = publisherOrganisation(caller);
        if (jar == null || jar.length == 0) {
            throw InvalidInputException.of("body", "send the plugin jar as the request body").withCode("jar-missing");
        }
        if (jar.length > maxBytes) {
            throw InvalidInputException.of("body", "the jar is " + jar.length + " bytes; the limit is " + maxBytes)
                    .withCode("jar-too-large", jar.length, maxBytes);
        }
        if (releaseNotes != null && releaseNotes.length() > 4000) {
            throw InvalidInputException.of("notes", "release notes are limited to 4000 characters");
        }
        if (signature == null || signature.isBlank()) {
            throw InvalidInputException.of("X-Signature", "the upload is not signed: send the Base64 Ed25519 signature "
                    + "of the jar in the X-Signature header").withCode("unsigned");
        }
        List<OrganisationKey> keys = em.createQuery("SELECT k FROM OrganisationKey k WHERE k.organisationId = :o "
                        + "AND k.revokedAt IS NULL", OrganisationKey.class)
                .setParameter("o", organisationId).getResultList();
        OrganisationKey signedBy = keys.stream()
                .filter(k -> JarSignature.verifies(JarSignature.publicKey(k.getPublicKey()), jar, signature))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("X-Signature", "the signature does not verify with any "
                        + "registered, unrevoked key of your organisation").withCode("bad-signature"));
        if (!signedBy.isActive()) {
            throw InvalidInputException.of("X-Signature", "the jar is signed with the key '" + signedBy.getLabel()
                    + "', which still awaits approval by a platform administrator or another publisher of your "
                    + "organisation").withCode("key-pending", signedBy.getLabel());
        }
        String signedWith = signedBy.getFingerprint();
        JarInspection.Contents contents;
        PluginManifest manifest;
        try {
            contents = JarInspection.inspect(jar, JarInspection.Limits.DEFAULT);
            manifest = PluginManifest.of(contents.manifest());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("body", e.getMessage()).withCode("jar-manifest", e.getMessage());
        }
        String extension = ReleaseRules.extensionProblem(contents);
        if (extension != null) {
            throw InvalidInputException.of("body", extension).withCode("jar-extension");
        }
        String incompatible = runtime.incompatibility(manifest.requires());
        if (incompatible != null) {
            throw InvalidInputException.of("Plugin-Requires", "This platform cannot run the plugin: " + incompatible + ".")
                    .withCode("jar-requires", manifest.requires());
        }
        List<PluginRelease> earlier = em.createQuery("SELECT r FROM PluginRelease r WHERE r.pluginId = :id",
                PluginRelease.class).setParameter("id", manifest.id()).getResultList();
        if (earlier.stream().anyMatch(r -> !organisationId.equals(r.getOrganisationId()))) {
            throw new ConflictException("The plugin id '" + manifest.id() + "' belongs to another organisation; "
                    + "choose another Plugin-Id.", "Plugin-Id").withCode("id-owned", manifest.id());
        }
        String versionProblem = ReleaseRules.versionProblem(manifest.version(),
                earlier.stream().map(PluginRelease::getVersion).toList());
        if (versionProblem != null) {
            throw new ConflictException(versionProblem, "Plugin-Version").withCode("version-not-higher", manifest.version());
        }
        PluginRelease release = new PluginRelease(manifest.id(), manifest.version(), organisation(organisationId)
                .getName(), manifest.requires(), JarSignature.sha256(jar), jar, null, releaseNotes, caller.email(),
                clock.instant());
        release.signedBy(organisationId, signedWith);
        em.persist(release);
        audit.platform(caller, AuditAction.CREATE, "release", release.getId(), null, Changes.created(Map.of(
                "pluginId", manifest.id(), "version", manifest.version(), "sha256", release.getSha256())));
        return view(release);
    }

    public List<Release> myReleases(Caller caller) {
        String organisationId = publisherOrganisation(caller);
        return em.createQuery("SELECT r FROM PluginRelease r WHERE r.organisationId = :o "
                        + "ORDER BY r.pluginId, r.uploadedAt DESC", PluginRelease.class)
                .setParameter("o", organisationId).getResultList().stream().map(this::view).toList();
    }

    public List<Release> releases(Caller caller, ReleaseStatus status) {
        requirePlatformAdmin(caller);
        var query = status == null
                ? em.createQuery("SELECT r FROM PluginRelease r ORDER BY r.uploadedAt DESC", PluginRelease.class)
                : em.createQuery("SELECT r FROM PluginRelease r WHERE r.status = :status ORDER BY r.uploadedAt DESC",
                        PluginRelease.class).setParameter("status", status);
        return query.getResultList().stream().map(this::view).toList();
    }

    public Release release(Caller caller, String releaseId) {
        PluginRelease release = visibleRelease(caller, releaseId);
        return view(release);
    }

    /** Records the decision; the caller then activates an approved release (outside this transaction). */
    public Release decide(Caller caller, String releaseId, ReleaseStatus decision, String reason) {
        PluginRelease release = visibleRelease(caller, releaseId);
        switch (decision) {
            case APPROVED, REJECTED -> {
                requirePlatformAdmin(caller);
                if (release.getStatus() != ReleaseStatus.SUBMITTED) {
                    throw new ConflictException("Only a submitted release can be approved or rejected; this one is "
                            + release.getStatus() + ".").withCode("not-submitted", release.getStatus().name());
                }
                if (decision == ReleaseStatus.REJECTED && (reason == null || reason.isBlank())) {
                    throw InvalidInputException.of("reason", "say why the release is rejected; the publisher sees it")
                            .withCode("reason-required");
                }
            }
            case DEPRECATED -> {
                if (release.getStatus() != ReleaseStatus.APPROVED) {
                    throw new ConflictException("Only an approved release can be deprecated.").withCode("not-approved");
                }
            }
            case WITHDRAWN -> {
                if (release.getStatus() == ReleaseStatus.WITHDRAWN || release.getStatus() == ReleaseStatus.REJECTED) {
                    throw new ConflictException("This release is already " + release.getStatus() + ".")
                            .withCode("already-status", release.getStatus().name());
                }
            }
            default -> throw InvalidInputException.of("status", "not a decision");
        }
        var before = Map.<String, Object>of("status", release.getStatus());
        release.decide(decision, caller.email(), clock.instant(), reason);
        audit.platform(caller, AuditAction.UPDATE, "release", releaseId, null,
                Changes.between(before, Map.of("status", decision)));
        return view(release);
    }

    public String pluginIdOf(String releaseId) {
        PluginRelease release = em.find(PluginRelease.class, releaseId);
        return release == null ? null : release.getPluginId();
    }

    private PluginRelease visibleRelease(Caller caller, String releaseId) {
        PluginRelease release = em.find(PluginRelease.class, releaseId);
        if (release == null) {
            throw new NotFoundException("release", releaseId);
        }
        if (!isPlatformAdmin(caller) && !publisherOrganisation(caller).equals(release.getOrganisationId())) {
            throw new NotFoundException("release", releaseId);
        }
        return release;
    }

    private Release view(PluginRelease r) {
        boolean active = runtime.instrument(r.getPluginId()).map(i -> i.releaseId().equals(r.getId())).orElse(false);
        long using = !active ? 0 : em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.pluginId = :p "
                + "AND s.unsubscribedAt IS NULL", Long.class).setParameter("p", r.getPluginId()).getSingleResult();
        return new Release(r.getId(), r.getPluginId(), r.getVersion(), r.getStatus(), r.getOrganisation(),
                r.getRequires(), r.getSha256(), r.getSizeBytes(), r.getReleaseNotes(), r.getUploadedBy(),
                r.getUploadedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getReason(), active, r.getStartProblem(), using);
    }

    private String publisherOrganisation(Caller caller) {
        callers.current(caller);
        UserAccount user = caller.userId() == null ? null : em.find(UserAccount.class, caller.userId());
        if (user == null || user.getPlatformRole() != PlatformRole.PUBLISHER || user.getOrganisationId() == null) {
            throw new ForbiddenException("Only a publisher of a support organisation may do this.").withCode("publisher-only");
        }
        return user.getOrganisationId();
    }

    private SupportOrganisation organisation(String id) {
        SupportOrganisation organisation = em.find(SupportOrganisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("support organisation", id);
        }
        return organisation;
    }

    private void requirePlatformAdmin(Caller caller) {
        callers.requirePlatformAdmin(caller);
    }

    private boolean isPlatformAdmin(Caller caller) {
        return callers.current(caller).isPlatformAdmin();
    }

    private static Organisation view(SupportOrganisation o) {
        return new Organisation(o.getId(), o.getName(), o.getCreatedAt());
    }

    private static Key view(OrganisationKey k) {
        return new Key(k.getId(), k.getOrganisationId(), k.getLabel(), k.getFingerprint(), k.getCreatedAt(),
                k.getRevokedAt(), k.getApprovedAt(), k.getApprovedBy(), k.getRegisteredBy());
    }
}
