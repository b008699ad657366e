package be.buurtwijzer.core.application.admin;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.tenancy.Colours;
import be.buurtwijzer.core.domain.tenancy.TenantIdentity;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import be.buurtwijzer.core.infrastructure.files.ContentInspector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The municipality's own logo and colour: every member sees them in the workspace header and on
 * exports; its administrator changes them. A colour must be legible on white; a logo must be a
 * picture, and is kept as a PNG of at most {@value #MAX_WIDTH} × {@value #MAX_HEIGHT} pixels.
 */
@ApplicationScoped
@Transactional
public class MunicipalityIdentity {

    public static final int MAX_WIDTH = 600;
    public static final int MAX_HEIGHT = 240;
    public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What the workspace shows; {@code version} 0 until the first change. */
    public record Identity(String colour, boolean hasLogo, long version) {
    }

    /**
     * A change: the colour (null or blank: none), a new logo (null: keep the one there is), or
     * {@code removeLogo}; {@code version} as last read (0 when there was none yet).
     */
    public record Change(String colour, byte[] logo, boolean removeLogo, Long version) {
    }

    public Identity get(Caller caller, String slug) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.READ);
        return Optional.ofNullable(em.find(TenantIdentity.class, access.tenantId()))
                .map(i -> new Identity(i.getColour(), i.getLogoPng() != null, i.getVersion()))
                .orElse(new Identity(null, false, 0));
    }

    public Optional<byte[]> logo(Caller caller, String slug) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.READ);
        return Optional.ofNullable(em.find(TenantIdentity.class, access.tenantId())).map(TenantIdentity::getLogoPng);
    }

    /** For a call that already passed the gate (an instrument exporting for this municipality). */
    public Optional<byte[]> logoOf(String tenantId) {
        return Optional.ofNullable(em.find(TenantIdentity.class, tenantId)).map(TenantIdentity::getLogoPng);
    }

    public Identity change(Caller caller, String slug, Change change) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.MANAGE_SETTINGS);
        if (change == null || change.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you last read (0 for the first)");
        }
        String colour = null;
        if (change.colour() != null && !change.colour().isBlank()) {
            colour = Colours.normal(change.colour()).orElseThrow(() -> InvalidInputException.of("colour",
                    "must be a colour as #RRGGBB, e.g. #1A5FA0").withCode("colour-format"));
            double contrast = Colours.contrastWithWhite(colour);
            if (contrast < Colours.MINIMUM_CONTRAST) {
                String ratio = String.format(Locale.forLanguageTag("nl-BE"), "%.1f", contrast);
                throw InvalidInputException.of("colour", "is too light to read on white: contrast " + ratio
                        + ":1, at least 4.5:1 is needed; choose a darker shade").withCode("colour-contrast", ratio);
            }
        }
        byte[] logo = null;
        if (change.logo() != null) {
            if (change.logo().length > MAX_UPLOAD_BYTES) {
                throw InvalidInputException.of("logo", "is larger than 2 MB").withCode("logo-too-big");
            }
            logo = ContentInspector.logo(change.logo(), MAX_WIDTH, MAX_HEIGHT);
            if (logo == null) {
                throw InvalidInputException.of("logo", "must be a PNG or JPEG picture").withCode("logo-not-picture");
            }
        }
        TenantIdentity identity = em.find(TenantIdentity.class, access.tenantId(), LockModeType.PESSIMISTIC_WRITE);
        boolean created = identity == null;
        if (created) {
            if (change.version() != 0) {
                throw ConflictException.staleVersion("identity", 0);
            }
            identity = new TenantIdentity(access.tenantId());
        } else if (identity.getVersion() != change.version()) {
            throw ConflictException.staleVersion("identity", identity.getVersion());
        }
        Map<String, Object> before = identity.auditState();
        byte[] kept = change.removeLogo() ? null : logo != null ? logo : identity.getLogoPng();
        identity.change(kept, colour, access.caller().email(), clock.instant());
        if (created) {
            em.persist(identity);
        }
        Conflicts.flush(em, "identity");
        var changes = Changes.between(before, identity.auditState());
        if (!changes.isEmpty()) {
            audit.tenant(access, created ? AuditAction.CREATE : AuditAction.UPDATE, "identity", access.tenantId(),
                    changes);
        }
        return new Identity(identity.getColour(), identity.getLogoPng() != null, identity.getVersion());
    }
}
