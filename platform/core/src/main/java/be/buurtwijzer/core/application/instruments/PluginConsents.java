package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.privacy.ConsentRecord;
import be.buurtwijzer.core.domain.privacy.PersonMatch;
import be.buurtwijzer.plugin.api.privacy.DataSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The consents a plugin records and asks for its own purposes, inside a call that passed the instrument gate. */
@ApplicationScoped
@Transactional
public class PluginConsents {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public String give(TenantAccess access, String pluginId, String purpose, DataSubject subject, String wording,
            String wordingVersion) {
        tenantGate.bind(access);
        String name = subject.name() != null ? subject.name() : subject.email();
        if (purpose == null || purpose.isBlank() || name == null || wording == null || wording.isBlank()
                || wordingVersion == null || wordingVersion.isBlank()) {
            throw new IllegalArgumentException("a consent needs a purpose, a person's name or e-mail, a wording "
                    + "and its version");
        }
        ConsentRecord consent = new ConsentRecord(access.tenantId(), pluginId, purpose, subject.actorId(), name,
                subject.email(), wording, wordingVersion, clock.instant(), access.caller().email());
        em.persist(consent);
        em.flush();
        audited(access, AuditAction.CREATE, consent);
        return consent.getId();
    }

    public boolean isGiven(TenantAccess access, String pluginId, String purpose, DataSubject subject) {
        return !active(access, pluginId, purpose, subject).isEmpty();
    }

    public boolean withdraw(TenantAccess access, String pluginId, String purpose, DataSubject subject) {
        List<ConsentRecord> active = active(access, pluginId, purpose, subject);
        active.forEach(c -> {
            c.withdraw(clock.instant(), access.caller().email());
            audited(access, AuditAction.UPDATE, c);
        });
        em.flush();
        return !active.isEmpty();
    }

    private List<ConsentRecord> active(TenantAccess access, String pluginId, String purpose, DataSubject subject) {
        PersonMatch person = new PersonMatch(subject.name(), subject.email());
        return em.createQuery("SELECT c FROM ConsentRecord c WHERE c.tenantId = :t AND c.pluginId = :p "
                        + "AND c.purpose = :purpose AND c.withdrawnAt IS NULL", ConsentRecord.class)
                .setParameter("t", access.tenantId()).setParameter("p", pluginId).setParameter("purpose", purpose)
                .getResultList().stream().filter(c -> subject.actorId() != null ? subject.actorId().equals(
                        c.getSubjectActorId()) : c.isAbout(person, null)).toList();
    }

    private void audited(TenantAccess access, AuditAction action, ConsentRecord consent) {
        audit.tenant(access, action, "consent", consent.getId(), consent.auditChanges());
    }
}
