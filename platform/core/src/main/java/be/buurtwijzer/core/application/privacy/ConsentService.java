package be.buurtwijzer.core.application.privacy;

import be.buurtwijzer.core.application.audit.AuditTrail;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.application.access.TenantAccess;
import be.buurtwijzer.core.application.access.TenantGate;
import be.buurtwijzer.core.domain.audit.AuditAction;
import be.buurtwijzer.core.domain.privacy.ConsentRecord;
import be.buurtwijzer.core.domain.tenancy.TenantPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Proof of consent in a municipality: recorded by a coordinator (from a signed form) or by a plugin for
 * its own purposes, withdrawn the same ways, asked by plugins before they process. The audit trail says
 * that a consent was given or withdrawn and for which purpose, not about whom.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    TenantGate tenantGate;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    public List<ConsentDetails> list(Caller caller, String slug, String purpose) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.WRITE);
        return em.createQuery("SELECT c FROM ConsentRecord c WHERE c.tenantId = :tenant AND (:purpose IS NULL "
                        + "OR c.purpose = :purpose) ORDER BY c.givenAt DESC, c.id", ConsentRecord.class)
                .setParameter("tenant", access.tenantId()).setParameter("purpose", purpose)
                .setMaxResults(1000).getResultList().stream().map(ConsentDetails::of).toList();
    }

    public ConsentDetails give(Caller caller, String slug, ConsentInput input) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.WRITE);
        input = validator.check(input);
        if (input.actorId() != null && em.createQuery("SELECT COUNT(a) FROM Actor a WHERE a.id = :id", Long.class)
                .setParameter("id", input.actorId()).getSingleResult() == 0) {
            throw InvalidInputException.of("actorId", "is not an actor of this municipality");
        }
        ConsentRecord consent = new ConsentRecord(access.tenantId(), null, input.purpose(), input.actorId(),
                input.name().strip(), input.email(), input.wording(), input.wordingVersion(), clock.instant(),
                caller.email());
        em.persist(consent);
        em.flush();
        audited(access, AuditAction.CREATE, consent);
        return ConsentDetails.of(consent);
    }

    public ConsentDetails withdraw(Caller caller, String slug, String id) {
        TenantAccess access = tenantGate.enter(caller, slug, TenantPermission.WRITE);
        ConsentRecord consent = em.createQuery("SELECT c FROM ConsentRecord c WHERE c.id = :id AND c.tenantId = :t",
                        ConsentRecord.class).setParameter("id", id).setParameter("t", access.tenantId())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("consent", id));
        if (consent.withdraw(clock.instant(), caller.email())) {
            be.buurtwijzer.core.application.shared.Conflicts.flush(em, "consent");
            audited(access, AuditAction.UPDATE, consent);
        }
        return ConsentDetails.of(consent);
    }

    private void audited(TenantAccess access, AuditAction action, ConsentRecord consent) {
        audit.tenant(access, action, "consent", consent.getId(), consent.auditChanges());
    }
}
