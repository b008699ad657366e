package be.buurtwijzer.core.application.shared;

public class TenantSuspendedException extends ApplicationException {
    public TenantSuspendedException(String tenantName) {
        super("The municipality '" + tenantName + "' is suspended: its workspace is closed until a platform "
                + "administrator reactivates it. Its data is kept.");
        withCode("suspended", tenantName);
    }

    protected TenantSuspendedException(String tenantName, String message) {
        super(message);
    }
}
