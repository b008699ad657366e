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

    /**
     * The demo's instrument data is put in by tenant-config right after the application has started (the
     * instruments run on its managed executor); tests that read it wait until it is there.
     */
    public static void awaitInstrumentData() {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            Api.Reply stederen = Api.post(STEDEREN_ADMIN, STEDEREN + "/instruments/typology/operations/portfolio", "{}");
            Api.Reply gemeentegem = Api.post(GEMEENTEGEM_ADMIN, GEMEENTEGEM + "/instruments/typology/operations/portfolio",
                    "{}");
            Api.Reply webs = Api.post(STEDEREN_ADMIN, STEDEREN + "/instruments/spiderweb/operations/webs", "{}");
            Api.Reply theirWebs = Api.post(GEMEENTEGEM_ADMIN, GEMEENTEGEM + "/instruments/spiderweb/operations/webs", "{}");
            if (stederen.status() == 200 && stederen.json().getInt("classified") >= 4 && gemeentegem.status() == 200
                    && gemeentegem.json().getJsonArray("rows").toString().contains("\"scale\"")
                    && webs.status() == 200 && webs.body().contains("\"snapshots\":2")
                    && theirWebs.status() == 200 && theirWebs.body().contains("Armoede in De Leefhoek")
                    && Api.post(STEDEREN_ADMIN, STEDEREN + "/instruments/activity-packages/operations/plans", "{}").body()
                            .contains("Maria blijft thuis wonen")
                    && Api.post(GEMEENTEGEM_ADMIN, GEMEENTEGEM + "/instruments/activity-packages/operations/plans", "{}")
                            .body().contains("Armoede van Stederen naar De Leefhoek")) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the demo's instrument data did not arrive within 90 s; see the server log");
    }
}
