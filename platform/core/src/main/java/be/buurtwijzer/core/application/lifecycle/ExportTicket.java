package be.buurtwijzer.core.application.lifecycle;

/** A checked permission to export one municipality: what the streaming writer needs, nothing more. */
public record ExportTicket(String tenantId, String slug, String name, String requestedBy) {

    /** The download's file name: the slug and the day, e.g. {@code stederen-2026-11-23.buurtwijzer.zip}. */
    public String fileName(java.time.LocalDate day) {
        return slug + "-" + day + ".buurtwijzer.zip";
    }
}
