package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.domain.tenancy.RegisterStamp;
import be.buurtwijzer.core.application.access.RequestMemo;
import be.buurtwijzer.core.application.access.InRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The change counter of each municipality's register. Whatever changes a neighbourhood, actor or initiative
 * raises it in the same transaction, so that the list pages kept by {@link ListPages} are never served after
 * a change, on any node.
 */
@ApplicationScoped
public class RegisterStamps {

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    RequestMemo memo;

    /**
     * The counter as the tenant gate read it at the start of this request, else as read now; empty for a register
     * that never changed through the platform.
     */
    public OptionalLong current(String tenantId) {
        OptionalLong readByTheGate = InRequest.orNull(() -> memo.gate().registerStamp(tenantId));
        if (readByTheGate != null) {
            return readByTheGate;
        }
        RegisterStamp stamp = em.find(RegisterStamp.class, tenantId, Map.of(QueryHints.READ_ONLY, HintValues.TRUE));
        return stamp == null ? OptionalLong.empty() : OptionalLong.of(stamp.value());
    }

    /** After a change to the municipality's register, as the last statement before the commit (it holds a lock). */
    public void raise(String tenantId) {
        InRequest.run(() -> memo.gate().forgetRegisterStamp());
        em.flush();
        em.createNativeQuery("INSERT INTO register_stamp (tenant_id, stamp) VALUES (?, 1) "
                + "ON DUPLICATE KEY UPDATE stamp = stamp + 1").setParameter(1, tenantId).executeUpdate();
    }

    /** After a change that may touch every municipality's register (an account's address erased everywhere). */
    public void raiseAll() {
        InRequest.run(() -> memo.gate().forgetRegisterStamp());
        em.flush();
        em.createNativeQuery("UPDATE register_stamp SET stamp = stamp + 1").executeUpdate();
    }
}
