package be.buurtwijzer.core.application.releases;

import be.buurtwijzer.core.domain.instruments.OrganisationKey;
import be.buurtwijzer.core.domain.instruments.PluginRelease;
import be.buurtwijzer.core.domain.instruments.ReleaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The one home of the queries on plugin releases and the keys that sign them. */
@ApplicationScoped
public class Releases {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    public Optional<PluginRelease> byId(String releaseId) {
        return Optional.ofNullable(em.find(PluginRelease.class, releaseId));
    }

    public Optional<PluginRelease> byVersion(String pluginId, String version) {
        return em.createQuery("SELECT r FROM PluginRelease r WHERE r.pluginId = :id AND r.version = :version",
                        PluginRelease.class).setParameter("id", pluginId).setParameter("version", version)
                .getResultStream().findFirst();
    }

    /** Every release of a plugin, whoever published it. */
    public List<PluginRelease> ofPlugin(String pluginId) {
        return em.createQuery("SELECT r FROM PluginRelease r WHERE r.pluginId = :id", PluginRelease.class)
                .setParameter("id", pluginId).getResultList();
    }

    public List<PluginRelease> ofOrganisation(String organisationId) {
        return em.createQuery("SELECT r FROM PluginRelease r WHERE r.organisationId = :o "
                        + "ORDER BY r.pluginId, r.uploadedAt DESC", PluginRelease.class)
                .setParameter("o", organisationId).getResultList();
    }

    /** Newest first; all of them when {@code status} is null. */
    public List<PluginRelease> withStatus(ReleaseStatus status) {
        return status == null
                ? em.createQuery("SELECT r FROM PluginRelease r ORDER BY r.uploadedAt DESC", PluginRelease.class)
                        .getResultList()
                : em.createQuery("SELECT r FROM PluginRelease r WHERE r.status = :status ORDER BY r.uploadedAt DESC",
                        PluginRelease.class).setParameter("status", status).getResultList();
    }

    /** Plugin id, version and release id of every release with one of these statuses. */
    public List<Object[]> summaries(List<ReleaseStatus> statuses) {
        return em.createQuery("SELECT r.pluginId, r.version, r.id FROM PluginRelease r WHERE r.status IN :statuses",
                Object[].class).setParameter("statuses", statuses).getResultList();
    }

    /** An organisation's keys, oldest first; only the unrevoked ones when {@code usable}. */
    public List<OrganisationKey> keys(String organisationId, boolean usable) {
        return em.createQuery("SELECT k FROM OrganisationKey k WHERE k.organisationId = :o"
                        + (usable ? " AND k.revokedAt IS NULL" : "") + " ORDER BY k.createdAt", OrganisationKey.class)
                .setParameter("o", organisationId).getResultList();
    }

    public boolean keyKnown(String fingerprint) {
        return !em.createQuery("SELECT k.id FROM OrganisationKey k WHERE k.fingerprint = :f", String.class)
                .setParameter("f", fingerprint).setMaxResults(1).getResultList().isEmpty();
    }
}
