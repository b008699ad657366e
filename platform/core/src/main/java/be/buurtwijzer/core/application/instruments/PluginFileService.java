package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.audit.Changes;
import be.buurtwijzer.core.domain.files.FileRules;
import be.buurtwijzer.core.domain.instruments.PluginFile;
import be.buurtwijzer.core.infrastructure.files.ContentInspector;
import be.buurtwijzer.plugin.api.files.FileKind;
import be.buurtwijzer.plugin.api.files.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files instruments keep, per municipality and plugin: checked on the way in (size, type by content, what
 * the name claims, a picture that decodes), pictures cleaned of their metadata and given a thumbnail, every
 * change in the audit trail (never the content). Reads select only what they need, so a list never loads bytes.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = be.buurtwijzer.core.application.shared.ApplicationException.class)
public class PluginFileService {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "buurtwijzer.files.max-bytes", defaultValue = "26214400")
    long platformMaxBytes;

    public FileKind kind(InstrumentTicket ticket, String name) {
        return ticket.instrument().instrument().fileKinds().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("file kind", name));
    }

    public StoredFile store(InstrumentTicket ticket, String kindName, String fileName, byte[] content) {
        FileKind kind = kind(ticket, kindName);
        ticket.require(kind.writePermission());
        tenantGate.bind(ticket.access());
        String name = FileRules.cleanName(fileName);
        byte[] bytes = content == null ? new byte[0] : content;
        String detected = bytes.length == 0 ? "" : ContentInspector.detect(bytes);
        FileRules.Refusal refusal = FileRules.check(name, bytes.length, Math.min(kind.maxBytes(), platformMaxBytes),
                detected, name == null ? java.util.Set.of() : ContentInspector.claimed(name), kind.mediaTypes());
        if (refusal != null) {
            throw InvalidInputException.of("file", refusal.reason());
        }
        byte[] kept = bytes;
        byte[] thumbnail = null;
        if (ContentInspector.isPicture(detected)) {
            ContentInspector.Picture picture = ContentInspector.picture(bytes, detected);
            if (picture == null) {
                throw InvalidInputException.of("file", "the file says it is " + detected + " but does not open as a "
                        + "picture");
            }
            kept = picture.cleaned();
            thumbnail = picture.thumbnail();
        }
        PluginFile file = new PluginFile(ticket.instrument().pluginId(), kind.name(), name, detected, sha256(kept), kept,
                thumbnail);
        file.touch(ticket.access().caller().email(), clock.instant());
        em.persist(file);
        em.flush();
        audit.tenant(ticket.access(), AuditAction.CREATE, entityType(ticket, kind.name()), file.getId(),
                Changes.created(file.auditState()));
        return new StoredFile(file.getId(), file.getKind(), file.getFileName(), file.getMediaType(), file.getSize(),
                file.getSha256(), thumbnail != null, file.getCreatedAt());
    }

    public Optional<StoredFile> find(InstrumentTicket ticket, String id) {
        tenantGate.bind(ticket.access());
        List<Object[]> rows = em.createQuery("SELECT f.id, f.kind, f.fileName, f.mediaType, f.size, f.sha256, "
                        + "f.createdAt, CASE WHEN f.thumbnail IS NULL THEN 0 ELSE 1 END FROM PluginFile f "
                        + "WHERE f.id = :id AND f.pluginId = :plugin", Object[].class)
                .setParameter("id", id).setParameter("plugin", ticket.instrument().pluginId()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        StoredFile file = new StoredFile((String) r[0], (String) r[1], (String) r[2], (String) r[3], ((Number) r[4])
                .longValue(), (String) r[5], ((Number) r[7]).intValue() == 1, (java.time.Instant) r[6]);
        FileKind kind = ticket.instrument().instrument().fileKinds().stream().filter(k -> k.name().equals(file.kind()))
                .findFirst().orElse(null);
        if (kind == null || (kind.readPermission() != null && !ticket.permissions().contains(kind.readPermission()))) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    public Optional<byte[]> content(InstrumentTicket ticket, String id, boolean thumbnail) {
        if (find(ticket, id).isEmpty()) {
            return Optional.empty();
        }
        List<byte[]> bytes = em.createQuery("SELECT " + (thumbnail ? "f.thumbnail" : "f.content")
                        + " FROM PluginFile f WHERE f.id = :id AND f.pluginId = :plugin", byte[].class)
                .setParameter("id", id).setParameter("plugin", ticket.instrument().pluginId()).getResultList();
        return bytes.isEmpty() || bytes.get(0) == null ? Optional.empty() : Optional.of(bytes.get(0));
    }

    public boolean delete(InstrumentTicket ticket, String id) {
        Optional<StoredFile> found = find(ticket, id);
        if (found.isEmpty()) {
            return false;
        }
        ticket.require(kind(ticket, found.get().kind()).writePermission());
        PluginFile file = em.find(PluginFile.class, id);
        var before = file.auditState();
        em.remove(file);
        em.flush();
        audit.tenant(ticket.access(), AuditAction.DELETE, entityType(ticket, found.get().kind()), id,
                Changes.deleted(before));
        return true;
    }

    private static String entityType(InstrumentTicket ticket, String kind) {
        return "file:" + ticket.instrument().pluginId() + ":" + kind;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
