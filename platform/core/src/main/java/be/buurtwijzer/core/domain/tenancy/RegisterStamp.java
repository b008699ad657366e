package be.buurtwijzer.core.domain.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many times a municipality's register has changed; only ever read here, raised by SQL. */
@Entity
@Table(name = "register_stamp")
public class RegisterStamp {

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(nullable = false)
    private long stamp;

    protected RegisterStamp() {
    }

    public long value() {
        return stamp;
    }
}
