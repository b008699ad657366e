package be.buurtwijzer.core.application.releases;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.releases.PublishingViews.Release;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.instruments.JarInspection;
import be.buurtwijzer.core.domain.instruments.JarSignature;
import be.buurtwijzer.core.domain.instruments.OrganisationKey;
import be.buurtwijzer.core.domain.instruments.PluginManifest;
import be.buurtwijzer.core.domain.instruments.PluginRelease;
import be.buurtwijzer.core.domain.instruments.ReleaseRules;
import be.buurtwijzer.core.domain.instruments.ReleaseStatus;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Releases: a publisher uploads a signed jar, a platform administrator approves or rejects it, the
 * publisher may deprecate or withdraw it. A publisher sees its own organisation's releases and never
 * any municipality's data.
 */
@ApplicationScoped
@Transactional
public class ReleaseReview {

    @Inject
    be.buurtwijzer.core.application.access.PlatformGate platform;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    Releases releases;

    @Inject
    SupportOrganisations organisations;

    @Inject
    be.buurtwijzer.core.application.subscriptions.Subscriptions subscriptions;

    @Inject
    AuditTrail audit;

    @Inject
    PluginRuntime runtime;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "buurtwijzer.plugin.max-bytes", defaultValue = "31457280")
    long maxBytes;

    /**
     * Checks an uploaded jar and files it as submitted; every refusal says why and stores nothing.
     * The raw bytes are checked first (size, then the signature by an approved key of the
     * organisation); only a jar signed that way is opened, and then with limits on entries and on
     * what it inflates to.
     */
    public Release submit(Caller caller, byte[] jar, String signature, String releaseNotes) {
        String organisationId = organisations.publisherOrganisation(caller);
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
        List<OrganisationKey> keys = releases.keys(organisationId, true);
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
        var incompatible = runtime.incompatibility(manifest);
        if (incompatible != null) {
            throw InvalidInputException.of(incompatible.entry(), "This platform cannot run the plugin: "
                    + incompatible.reason() + ".").withCode("Plugin-Requires-UI".equals(incompatible.entry())
                            ? "jar-requires-ui" : "jar-requires", incompatible.range());
        }
        List<PluginRelease> earlier = releases.ofPlugin(manifest.id());
        if (earlier.stream().anyMatch(r -> !organisationId.equals(r.getOrganisationId()))) {
            throw new ConflictException("The plugin id '" + manifest.id() + "' belongs to another organisation; "
                    + "choose another Plugin-Id.", "Plugin-Id").withCode("id-owned", manifest.id());
        }
        String versionProblem = ReleaseRules.versionProblem(manifest.version(),
                earlier.stream().map(PluginRelease::getVersion).toList());
        if (versionProblem != null) {
            throw new ConflictException(versionProblem, "Plugin-Version").withCode("version-not-higher", manifest.version());
        }
        PluginRelease release = new PluginRelease(manifest.id(), manifest.version(), organisations.organisation(organisationId)
                .getName(), manifest.requires(), JarSignature.sha256(jar), jar, null, releaseNotes, caller.email(),
                clock.instant());
        release.signedBy(organisationId, signedWith);
        em.persist(release);
        audit.platform(caller, AuditAction.CREATE, "release", release.getId(), null, Changes.created(Map.of(
                "pluginId", manifest.id(), "version", manifest.version(), "sha256", release.getSha256())));
        return view(release);
    }

    public List<Release> myReleases(Caller caller) {
        String organisationId = organisations.publisherOrganisation(caller);
        return releases.ofOrganisation(organisationId).stream().map(this::view).toList();
    }

    public List<Release> releases(Caller caller, ReleaseStatus status) {
        platform.administrator(caller);
        return releases.withStatus(status).stream().map(this::view).toList();
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
                platform.administrator(caller);
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
        return releases.byId(releaseId).map(PluginRelease::getPluginId).orElse(null);
    }

    private PluginRelease visibleRelease(Caller caller, String releaseId) {
        PluginRelease release = releases.byId(releaseId).orElseThrow(() -> new NotFoundException("release", releaseId));
        if (!platform.isAdministrator(caller) && !organisations.publisherOrganisation(caller).equals(release.getOrganisationId())) {
            throw new NotFoundException("release", releaseId);
        }
        return release;
    }

    private Release view(PluginRelease r) {
        boolean active = runtime.instrument(r.getPluginId()).map(i -> i.releaseId().equals(r.getId())).orElse(false);
        long using = !active ? 0 : subscriptions.subscribedTo(r.getPluginId());
        return new Release(r.getId(), r.getPluginId(), r.getVersion(), r.getStatus(), r.getOrganisation(),
                r.getRequires(), r.getSha256(), r.getSizeBytes(), r.getReleaseNotes(), r.getUploadedBy(),
                r.getUploadedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getReason(), active, r.getStartProblem(), using);
    }
}
