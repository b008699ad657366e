package be.buurtwijzer.core.domain.instruments;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A municipality's subscription to an instrument. Like a membership it is access-control data
 * (which plugins may this tenant call?), so it names its tenant explicitly. Unsubscribing keeps the
 * row (and the data) until the retention period has passed.
 */
@Entity
@Table(name = "tenant_subscription")
public class Subscription {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "subscribed_at", nullable = false)
    private Instant subscribedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Version
    private long version;

    protected Subscription() {
    }

    public Subscription(String tenantId, String pluginId, Instant now) {
        this.tenantId = tenantId;
        this.pluginId = pluginId;
        this.subscribedAt = now;
        this.enabled = true;
    }

    public boolean isActive() {
        return unsubscribedAt == null;
    }

    /** Subscribed and enabled: the instrument is visible and callable. */
    public boolean isUsable() {
        return isActive() && enabled;
    }

    public void unsubscribe(Instant now) {
        unsubscribedAt = now;
        enabled = false;
    }

    /** Subscribing again within the retention period brings the kept data back. */
    public void resubscribe(Instant now) {
        unsubscribedAt = null;
        subscribedAt = now;
        enabled = true;
    }

    public Instant retainedUntil(Duration retention) {
        return unsubscribedAt == null ? null : unsubscribedAt.plus(retention);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getPluginId() {
        return pluginId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getSubscribedAt() {
        return subscribedAt;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public long getVersion() {
        return version;
    }
}
