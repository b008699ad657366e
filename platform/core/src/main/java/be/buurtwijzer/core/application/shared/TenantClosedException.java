package be.buurtwijzer.core.application.shared;

/**
 * The municipality is scheduled for deletion: closed to everyone (its members, the platform's own
 * work inside it) until a platform administrator restores it or its data is purged. A kind of
 * suspension, so that every place that answers a suspended municipality answers this one too.
 */
public class TenantClosedException extends TenantSuspendedException {
    public TenantClosedException(String tenantName) {
        super(tenantName, "The municipality '" + tenantName + "' is closed and scheduled for deletion: nobody can "
                + "enter it. A platform administrator can still restore or export it during the grace period.");
        withCode("closed", tenantName);
    }
}
