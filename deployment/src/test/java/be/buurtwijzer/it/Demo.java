package be.buurtwijzer.it;

/** The demo accounts of tenant-config/demo, which the integration tests start with. */
public final class Demo {
    public static final String PLATFORM_ADMIN = "platform@buurtwijzer.example";
    public static final String PUBLISHER = "publisher@steunpunt.example";
    public static final String STEDEREN_ADMIN = "admin@stederen.example";
    public static final String STEDEREN_COORDINATOR = "coordinator@stederen.example";
    public static final String STEDEREN_PARTNER = "partner@stederen.example";
    public static final String GEMEENTEGEM_ADMIN = "admin@gemeentegem.example";
    public static final String GEMEENTEGEM_COORDINATOR = "coordinator@gemeentegem.example";
    public static final String GEMEENTEGEM_PARTNER = "partner@gemeentegem.example";
    /** Coordinator in Stederen, partner in Gemeentegem. */
    public static final String REGIO = "regio@buurtwijzer.example";

    public static final String STEDEREN = "/api/v1/tenants/stederen";
    public static final String GEMEENTEGEM = "/api/v1/tenants/gemeentegem";

    private Demo() {
    }
}
