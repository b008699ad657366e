package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static be.buurtwijzer.it.Demo.REGIO;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the same build on one MariaDB behind HAProxy, started by deployment/cluster/cluster.sh (not
 * Arquillian): what one node changes holds on the other at the next request, a crashed node loses no
 * acknowledged write, and the load balancer moves to the node that is left. Own server names, ports and
 * database, so the Arquillian server of the other tests is not disturbed. Measured times are printed with the
 * prefix CLUSTER-FIGURE.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int LB_PORT = Integer.getInteger("it.cluster.port", 19780);
    private static final int DB_PORT = Integer.getInteger("it.cluster.db.port", 13506);
    /** Short, so that the convergence measured is well within the 15 s the platform promises. */
    private static final int CONVERGE_SECONDS = Integer.getInteger("it.cluster.converge.seconds", 5);
    /** LoginThrottle as the Authenticator configures it: the fifth failure in a row locks. */
    private static final int FAILURES_THAT_LOCK = 5;
    private static final Path SCRIPT = Path.of("cluster/cluster.sh").toAbsolutePath();
    private static final Path DIR = Path.of("target/cluster-it").toAbsolutePath();

    private static final ApiAt LB = new ApiAt("load balancer", "http://localhost:" + LB_PORT);
    private static final ApiAt NODE1 = new ApiAt("node1", "http://localhost:" + (LB_PORT + 1));
    private static final ApiAt NODE2 = new ApiAt("node2", "http://localhost:" + (LB_PORT + 2));

    /** A municipality of a test's own and its administrator's chosen password. */
    private record Town(String slug, String admin, String password) {
        String base() {
            return "/api/v1/tenants/" + slug;
        }

        Api.Reply as(ApiAt node, String method, String path, Object body) {
            return node.send(admin, password, method, base() + path, body);
        }
    }

    private record Publisher(String email, String password, KeyPair key) {
    }

    @BeforeAll
    static void startTheCluster() throws Exception {
        cluster("stop");
        deleteRecursively(DIR);
        long started = System.nanoTime();
        cluster("start");
        awaitTrue(Duration.ofMinutes(2), () -> NODE1.ready() && NODE2.ready() && LB.ready(),
                "both nodes ready through /health/ready");
        figure("two nodes started one after the other and ready in %.0f s", seconds(started));
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        cluster("stop");
    }

    @Test
    @Order(1)
    void aRoleLoweredOrAMembershipRevokedOnNode1IsRefusedOnNode2AtTheNextRequest() {
        Town town = freshMunicipality(NODE1, "rev");
        String email = "lid@" + town.slug() + ".example";
        String password = join(NODE1, town, email, "COORDINATOR");
        assertEquals(201, NODE2.send(email, password, "POST", town.base() + "/actors", actor("Voor")).status(),
                "node 2 knows the coordinator");
        JsonObject member = town.as(NODE1, "GET", "/members", null).array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("email").equals(email)).findFirst().orElseThrow();
        String userId = member.getString("userId");

        assertEquals(200, town.as(NODE1, "PUT", "/members/" + userId, object().add("role", "PARTNER")
                .add("version", member.getJsonNumber("version").longValue()).build()).status());
        Api.Reply write = NODE2.send(email, password, "POST", town.base() + "/actors", actor("Na"));
        assertEquals(403, write.status(), "node 2 still let the former coordinator write: " + write);
        assertEquals(200, NODE2.send(email, password, "GET", town.base() + "/actors", null).status());

        assertEquals(204, town.as(NODE1, "DELETE", "/members/" + userId, null).status());
        Api.Reply read = NODE2.send(email, password, "GET", town.base() + "/actors", null);
        assertEquals(404, read.status(), "node 2 still let the former member read: " + read);
    }

    @Test
    @Order(2)
    void aMunicipalitySuspendedOnNode2IsClosedOnNode1AtTheNextRequest() {
        Town town = freshMunicipality(NODE2, "susp");
        assertEquals(200, town.as(NODE1, "GET", "/neighbourhoods", null).status(), "node 1 knows it as active");
        JsonObject tenant = NODE2.get(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + town.slug()).json();
        Api.Reply suspended = NODE2.put(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + town.slug(), object()
                .add("name", tenant.getString("name")).add("defaultLocale", "nl-BE").add("status", "SUSPENDED")
                .add("version", tenant.getJsonNumber("version").longValue()).build());
        assertEquals(200, suspended.status(), suspended.toString());

        Api.Reply closed = town.as(NODE1, "GET", "/neighbourhoods", null);
        assertEquals(403, closed.status(), "node 1 still serves the suspended municipality: " + closed);
        assertTrue(closed.json().getString("detail").contains("suspended"), closed.toString());
    }

    @Test
    @Order(3)
    void aReleaseApprovedOnNode1IsCallableOnNode2WithinFifteenSeconds() throws Exception {
        Publisher publisher = publisher(NODE1);
        String pluginId = "test-cluster-" + UUID.randomUUID().toString().substring(0, 6);
        byte[] jar = Jars.relabel(Jars.upload("upgradable-1.jar"), pluginId, "1.0.0");
        Api.Reply submitted = NODE1.uploadJar(publisher.email(), publisher.password(), jar,
                Jars.sign(jar, publisher.key().getPrivate()));
        assertEquals(201, submitted.status(), submitted.toString());
        Town town = freshMunicipality(NODE1, "rel");

        Api.Reply approved = NODE1.post(PLATFORM_ADMIN, "/api/v1/admin/releases/" + submitted.json().getString("id")
                + "/approve", null);
        long approvedAt = System.nanoTime();
        assertEquals(200, approved.status(), approved.toString());
        assertTrue(approved.json().getBoolean("active"), approved.toString());
        assertEquals(201, town.as(NODE1, "POST", "/instruments/" + pluginId + "/subscription", null).status());

        String operation = "/instruments/" + pluginId + "/operations/version";
        awaitTrue(Duration.ofSeconds(30), () -> town.as(NODE2, "POST", operation, "{}").status() == 200,
                "the release approved on node 1 to be callable on node 2");
        double converged = seconds(approvedAt);
        figure("release approved on node 1 callable on node 2 after %.1f s (convergence interval %d s)", converged,
                CONVERGE_SECONDS);
        assertTrue(converged <= 15, "node 2 took " + converged + " s");
    }

    @Test
    @Order(4)
    void aSubscriptionDisabledOnOneNodeHidesTheInstrumentOnTheOther() {
        Town town = freshMunicipality(NODE1, "sub");
        assertEquals(201, town.as(NODE1, "POST", "/instruments/logbook/subscription", null).status());
        assertEquals(200, town.as(NODE2, "POST", "/instruments/logbook/operations/summary", "{}").status(),
                "node 2 serves the new subscription");
        long version = town.as(NODE2, "GET", "/instruments", null).array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("pluginId").equals("logbook")).findFirst().orElseThrow()
                .getJsonObject("subscription").getJsonNumber("version").longValue();

        assertEquals(200, town.as(NODE2, "PUT", "/instruments/logbook/subscription",
                "{\"enabled\":false,\"version\":" + version + "}").status());
        Api.Reply call = town.as(NODE1, "POST", "/instruments/logbook/operations/summary", "{}");
        assertEquals(404, call.status(), "node 1 still runs the disabled instrument: " + call);
    }

    @Test
    @Order(5)
    void aStaleUpdateOnTheOtherNodeIsRefused() {
        JsonObject original = newNeighbourhood();
        String path = STEDEREN + "/neighbourhoods/" + original.getString("id");
        assertEquals(200, NODE2.get(REGIO, path).status(), "node 2 has read it");
        assertEquals(200, NODE1.put(STEDEREN_COORDINATOR, path, change(original, "node1")).status());
        Api.Reply stale = NODE2.put(REGIO, path, change(original, "node2"));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("node1", NODE2.get(REGIO, path).json().getString("description"));
    }

    @Test
    @Order(6)
    void simultaneousUpdatesFromTheSameVersionOnBothNodesLetExactlyOneWin() {
        for (int round = 0; round < 3; round++) {
            JsonObject original = newNeighbourhood();
            String path = STEDEREN + "/neighbourhoods/" + original.getString("id");
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Api.Reply>> replies = Map.of(NODE1, STEDEREN_COORDINATOR, NODE2, REGIO).entrySet()
                    .stream().map(e -> CompletableFuture.supplyAsync(() -> {
                        awaitLatch(start);
                        return e.getKey().put(e.getValue(), path, change(original, e.getKey().name()));
                    })).toList();
            start.countDown();
            List<Api.Reply> done = replies.stream().map(CompletableFuture::join).toList();
            assertEquals(List.of(200, 409), done.stream().map(Api.Reply::status).sorted().toList(), done.toString());
            assertEquals(original.getJsonNumber("version").longValue() + 1,
                    NODE2.get(REGIO, path).json().getJsonNumber("version").longValue());
        }
    }

    /** Each node keeps the list pages it served; a change made on the other node must show at the next list. */
    @Test
    @Order(6)
    void aListServedByOneNodeShowsAChangeMadeOnTheOtherAtTheNextRequest() {
        JsonObject neighbourhood = newNeighbourhood();
        String name = neighbourhood.getString("name");
        String initiatives = STEDEREN + "/initiatives?size=200&neighbourhoodId=" + neighbourhood.getString("id");
        String neighbourhoods = STEDEREN + "/neighbourhoods?size=200&q=" + name.substring("Gedeeld ".length());
        assertEquals(0, NODE2.get(REGIO, initiatives).json().getInt("total"), "node 2 served it, empty");
        assertEquals(1, NODE2.get(REGIO, neighbourhoods).json().getInt("total"));

        Api.Reply initiative = NODE1.post(STEDEREN_COORDINATOR, STEDEREN + "/initiatives", object()
                .add("name", "Over de knooppunten " + UUID.randomUUID()).add("status", "RUNNING")
                .add("neighbourhoodId", neighbourhood.getString("id")).build());
        assertEquals(201, initiative.status(), initiative.toString());
        assertEquals(1, NODE2.get(REGIO, initiatives).json().getInt("total"), "created on node 1");

        String renamed = name + " (hernoemd)";
        assertEquals(200, NODE1.put(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods/" + neighbourhood.getString("id"),
                object().add("name", renamed).add("kind", "LIVED").add("version",
                        neighbourhood.getJsonNumber("version").longValue()).build()).status());
        assertEquals(renamed, NODE2.get(REGIO, neighbourhoods).json().getJsonArray("items").getJsonObject(0)
                .getString("name"), "renamed on node 1");
        assertEquals(renamed, NODE2.get(REGIO, initiatives).json().getJsonArray("items").getJsonObject(0)
                .getJsonObject("neighbourhood").getString("name"), "the initiative's list shows its neighbourhood's new name");

        assertEquals(204, NODE1.delete(STEDEREN_COORDINATOR, STEDEREN + "/initiatives/"
                + initiative.json().getString("id")).status());
        assertEquals(0, NODE2.get(REGIO, initiatives).json().getInt("total"), "deleted on node 1");
    }

    @Test
    @Order(7)
    void failuresSpreadOverBothNodesStillLockTheAccount() {
        Town town = freshMunicipality(NODE1, "lock");
        for (ApiAt node : List.of(NODE1, NODE2)) {
            assertEquals(200, node.send(town.admin(), town.password(), "GET", "/api/v1/me", null).status(),
                    node.name() + " has verified (and remembers) the right password");
        }
        for (int failure = 0; failure < FAILURES_THAT_LOCK; failure++) {
            ApiAt node = failure % 2 == 0 ? NODE1 : NODE2;
            assertEquals(401, node.send(town.admin(), "wrong-" + failure, "GET", "/api/v1/me", null).status());
        }
        for (ApiAt node : List.of(NODE1, NODE2)) {
            Api.Reply reply = node.send(town.admin(), town.password(), "GET", "/api/v1/me", null);
            assertEquals(401, reply.status(), node.name() + " let the locked account in: " + reply);
        }
    }

    @Test
    @Order(8)
    void aBrowserSessionStaysOnItsNode() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String first = nodeThatServed(browser, "/");
        for (int request = 0; request < 20; request++) {
            String path = request % 2 == 0 ? "/" : "/openapi";
            assertEquals(first, nodeThatServed(browser, path), "request " + request + " left the session's node");
        }
        Set<String> withoutCookie = new HashSet<>();
        for (int request = 0; request < 4; request++) {
            withoutCookie.add(LB.get(null, "/health/ready").headers().firstValue("X-Buurtwijzer-Node").orElseThrow());
        }
        assertEquals(Set.of("node1", "node2"), withoutCookie, "without the cookie both nodes serve");
    }

    @Test
    @Order(9)
    void aNodeKilledDuringWritesLosesNoAcknowledgedWriteAndTheOtherTakesOver() throws Exception {
        String prefix = "Failover " + UUID.randomUUID().toString().substring(0, 8);
        WriteLoad load = WriteLoad.start(prefix);
        Thread.sleep(3000);
        long killedAt = System.nanoTime();
        cluster("kill", "node1");
        Thread.sleep(10_000);
        List<Write> writes = load.stop();

        List<Write> acknowledged = writes.stream().filter(w -> w.status() == 201).toList();
        Set<String> stored = actorNamesStartingWith(prefix);
        List<String> lost = acknowledged.stream().map(Write::name).filter(n -> !stored.contains(n)).toList();
        assertTrue(lost.isEmpty(), "acknowledged (201) but not in the database: " + lost);
        assertTrue(acknowledged.stream().anyMatch(w -> w.startedAt() < killedAt && "node1".equals(w.node())),
                "node 1 served writes before the kill");

        double failover = writes.stream().filter(w -> w.status() != 201).mapToLong(Write::endedAt).max()
                .stream().mapToDouble(end -> (end - killedAt) / 1e9).findFirst().orElse(0);
        List<Write> afterWindow = writes.stream().filter(w -> w.startedAt() > killedAt + TimeUnit.SECONDS.toNanos(3)).toList();
        assertFalse(afterWindow.isEmpty());
        assertTrue(afterWindow.stream().allMatch(w -> w.status() == 201 && "node2".equals(w.node())),
                "after a 3 s failover window every write succeeds on node 2: " + afterWindow.stream()
                        .filter(w -> w.status() != 201).limit(5).toList());
        figure("kill -9 of node 1 during writes from 4 threads: %d writes, %d acknowledged (201), all %d in the "
                + "database (%d rows), %d failed, the last failure %.2f s after the kill", writes.size(),
                acknowledged.size(), acknowledged.size(), stored.size(), writes.size() - acknowledged.size(),
                failover);

        long restartedAt = System.nanoTime();
        cluster("start-node", "node1");
        double restart = seconds(restartedAt);
        long readyAt = System.nanoTime();
        awaitTrue(Duration.ofSeconds(30), () -> "node1".equals(LB.get(STEDEREN_COORDINATOR, STEDEREN + "/actors")
                .headers().firstValue("X-Buurtwijzer-Node").orElse("")), "the load balancer to use node 1 again");
        figure("node 1 restarted and ready in %.0f s, served through the load balancer again %.1f s later", restart,
                seconds(readyAt));
    }

    /**
     * Every start of a node asks for the retention purge and the municipality purge at once: node 1, node 2 and
     * node 1 again after the kill above. Of these, one took each job's lease (scheduled_lease) and ran it.
     */
    @Test
    @Order(10)
    void aScheduledPurgeRunsOnceHoweverManyNodesStart() throws SQLException {
        Map<String, Long> runs = leaseRuns();
        assertEquals(1L, runs.get("retention-purge"), "runs per job: " + runs);
        assertEquals(1L, runs.get("tenant-purge"), "runs per job: " + runs);
    }

    /**
     * The database stops (a restart, a fail-over) while four clients write through the load balancer: the writes
     * of that moment get 503 problem+json, every acknowledged one is stored, and both nodes come back by themselves.
     */
    @Test
    @Order(11)
    void theDatabaseRestartedUnderAWriteLoadLosesNoAcknowledgedWriteAndTheNodesRecoverByThemselves() throws Exception {
        String prefix = "Restart " + UUID.randomUUID().toString().substring(0, 8);
        WriteLoad load = WriteLoad.start(prefix);
        Thread.sleep(3000);
        cluster("db-stop");
        Thread.sleep(6000);
        cluster("db-start");
        long dbBackAt = System.nanoTime();
        awaitTrue(Duration.ofMinutes(2), () -> NODE1.ready() && NODE2.ready(), "both nodes ready again");
        double recovered = seconds(dbBackAt);
        awaitTrue(Duration.ofSeconds(30), LB::ready, "the load balancer sending requests to a node again");
        long readyAt = System.nanoTime();
        Thread.sleep(3000);
        List<Write> writes = load.stop();

        List<Write> refused = writes.stream().filter(w -> w.status() != 201).toList();
        assertFalse(refused.isEmpty(), "no write noticed the database stopping: the test did not test anything");
        // the nodes answered some of them before the load balancer took them out (it answers the rest itself,
        // without the header that names a node)
        assertTrue(refused.stream().anyMatch(w -> w.node() != null), "no node answered a write while the database "
                + "was away: " + refused.stream().limit(5).toList());
        assertTrue(refused.stream().allMatch(w -> w.status() == 503 && w.problem()),
                "while the database was away, a write got something else than 503 problem+json: "
                        + refused.stream().filter(w -> w.status() != 503 || !w.problem()).limit(5).toList());
        List<Write> acknowledged = writes.stream().filter(w -> w.status() == 201).toList();
        Set<String> stored = actorNamesStartingWith(prefix);
        List<String> lost = acknowledged.stream().map(Write::name).filter(n -> !stored.contains(n)).toList();
        assertTrue(lost.isEmpty(), "acknowledged (201) but not in the database: " + lost);
        List<Write> afterRecovery = writes.stream().filter(w -> w.startedAt() > readyAt).toList();
        assertFalse(afterRecovery.isEmpty());
        assertTrue(afterRecovery.stream().allMatch(w -> w.status() == 201), "writes failed after the recovery: "
                + afterRecovery.stream().filter(w -> w.status() != 201).limit(5).toList());
        figure("database stopped for 6 s under writes from 4 threads: %d writes, %d acknowledged (201), all in the "
                + "database (%d rows), %d answered 503 problem+json (%d by a node, the rest by the load balancer); "
                + "both nodes ready %.1f s after the database was back", writes.size(), acknowledged.size(),
                stored.size(), refused.size(), refused.stream().filter(w -> w.node() != null).count(), recovered);
    }

    /** A node that starts while the database is away neither fails nor takes traffic: it waits, then serves. */
    @Test
    @Order(12)
    void aNodeStartedBeforeItsDatabaseStaysNotReadyAndServesOnceTheDatabaseAnswers() throws Exception {
        cluster("kill", "node2");
        cluster("db-stop");
        cluster("launch", "node2");
        awaitTrue(Duration.ofMinutes(2), NODE2::live, "node 2 answering its liveness probe without a database");
        for (int second = 0; second < 10; second++) {
            assertTrue(NODE2.live(), "node 2 alive without its database");
            assertFalse(NODE2.ready(), "node 2 ready without its database");
            Api.Reply meanwhile = LB.get(STEDEREN_COORDINATOR, STEDEREN + "/actors");
            assertEquals(503, meanwhile.status(), meanwhile.toString());
            assertTrue(meanwhile.isProblem(), "the load balancer's answer with no node ready: " + meanwhile);
            Thread.sleep(1000);
        }
        cluster("db-start");
        long dbBackAt = System.nanoTime();
        awaitTrue(Duration.ofMinutes(3), NODE2::ready, "node 2 ready once the database answers");
        double started = seconds(dbBackAt);
        Api.Reply served = NODE2.get(STEDEREN_COORDINATOR, STEDEREN + "/actors");
        assertEquals(200, served.status(), served.toString());
        figure("node 2 started without its database: alive and not ready until it came, then ready %.1f s after it",
                started);
    }

    /**
     * The rolling upgrade of a release whose migration adds a column (README, "Rolling upgrades"): node 1 runs the
     * next release and migrates, node 2 still runs the current one on the migrated schema; both serve, each reads
     * and edits what the other wrote, the current release even restarts on the newer schema, and the roll-out ends
     * with the migration applied once.
     */
    @Test
    @Order(13)
    void aRollingUpgradeWhoseMigrationAddsAColumnKeepsBothReleasesServing() throws Exception {
        int version = nextMigrationVersion();
        Path next = nextRelease(version, "ALTER TABLE neighbourhood ADD COLUMN upgrade_note VARCHAR(200);");
        Map<String, String> nextRelease = Map.of("CLUSTER_WAR", next.toString(),
                "CLUSTER_BUNDLED_PLUGINS", rebuiltBundledPlugins().toString());

        long rollStarted = System.nanoTime();
        cluster("stop-node", "node1");
        clusterWith(nextRelease, "start-node", "node1");
        figure("rolling upgrade: node 1 stopped, started on the next release and migrated in %.0f s", seconds(rollStarted));
        assertTrue(columnExists("neighbourhood", "upgrade_note"), "the next release's migration ran");
        Api.Reply summary = NODE1.post(STEDEREN_COORDINATOR, STEDEREN + "/instruments/logbook/operations/summary", "{}");
        assertEquals(200, summary.status(), "the next release's rebuilt plugins are stored and loaded: " + summary);

        JsonObject byNext = newNeighbourhood();
        String path = STEDEREN + "/neighbourhoods/" + byNext.getString("id");
        assertEquals(200, NODE2.get(REGIO, path).status(), "the current release reads what the next one wrote");
        assertEquals(200, NODE2.put(REGIO, path, change(byNext, "current release")).status(),
                "the current release edits a row of the migrated table");
        Api.Reply byCurrent = NODE2.post(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods", object()
                .add("name", "Huidige release " + UUID.randomUUID()).add("kind", "LIVED").build());
        assertEquals(201, byCurrent.status(), "the current release inserts into the migrated table: " + byCurrent);
        JsonObject read = NODE1.get(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods/" + byCurrent.json().getString("id"))
                .json();
        assertEquals(200, NODE1.put(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods/" + read.getString("id"),
                change(read, "next release")).status(), "the next release edits what the current one wrote");

        // a node of the current release that restarts mid-roll-out starts on the newer schema
        cluster("stop-node", "node2");
        cluster("start-node", "node2");
        assertEquals(200, NODE2.get(REGIO, path).status());

        cluster("stop-node", "node2");
        clusterWith(nextRelease, "start-node", "node2");
        assertEquals(1, appliedTimes(version), "the migration applied once for the whole roll-out");
        assertEquals(200, LB.get(STEDEREN_COORDINATOR, path).status());
        for (ApiAt node : List.of(NODE1, NODE2)) {
            assertEquals(200, node.post(STEDEREN_COORDINATOR, STEDEREN + "/instruments/logbook/operations/summary",
                    "{}").status(), node.name() + " runs the rebuilt plugins");
        }
    }

    /**
     * The bundled plugins built again under the same versions, as a new release of the platform ships them (e.g.
     * built against a newer plugin API): the same classes, another jar and SHA-256.
     */
    private static Path rebuiltBundledPlugins() throws IOException {
        Path rebuilt = DIR.resolve("rebuilt-bundled-plugins");
        Files.createDirectories(rebuilt);
        try (var jars = Files.list(Path.of("target/bundled-plugins"))) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                copyWithMore(jar, rebuilt.resolve(jar.getFileName()),
                        Map.of("META-INF/rebuilt-by-the-next-release.txt", ""));
            }
        }
        return rebuilt;
    }

    /** The WAR of this build with one more migration in it: the next release, as far as the schema goes. */
    private static Path nextRelease(int version, String migration) throws IOException {
        Path current = Path.of("target/app/buurtwijzer.war").toAbsolutePath();
        Path next = DIR.resolve("next-release.war");
        Map<String, String> more = new java.util.LinkedHashMap<>();
        // the marker by which Flyway finds the folder through Liberty's class loader, as core's jar has it
        more.put("WEB-INF/classes/db/migration/flyway.location", "");
        more.put("WEB-INF/classes/db/migration/V" + version + "__rolling_upgrade_probe.sql", migration);
        copyWithMore(current, next, more);
        return next;
    }

    /** A copy of a zip (jar, WAR) with these entries added after its own. */
    private static void copyWithMore(Path from, Path to, Map<String, String> more) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            for (Map.Entry<String, String> entry : more.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static int nextMigrationVersion() throws IOException {
        try (var files = Files.list(Path.of("../platform/core/src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0) + 1;
        }
    }

    private static boolean columnExists(String table, String column) throws SQLException {
        try (var db = database(); var columns = db.getMetaData().getColumns("buurtwijzer", null, table, column)) {
            return columns.next();
        }
    }

    private static long appliedTimes(int version) throws SQLException {
        try (var db = database(); var query = db.prepareStatement(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = ? AND success = 1")) {
            query.setString(1, String.valueOf(version));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    // --- writes during the kill and the database restart

    private record Write(String name, long startedAt, long endedAt, int status, String node, boolean problem) {
    }

    /** Four clients creating actors named after the prefix through the load balancer, until stopped. */
    private record WriteLoad(AtomicBoolean writing, ExecutorService writers, List<Write> writes) {
        static WriteLoad start(String prefix) {
            WriteLoad load = new WriteLoad(new AtomicBoolean(true), Executors.newFixedThreadPool(4),
                    java.util.Collections.synchronizedList(new ArrayList<>()));
            for (int thread = 0; thread < 4; thread++) {
                int writer = thread;
                load.writers().submit(() -> writeUntilStopped(prefix + " " + writer, load.writing(), load.writes()));
            }
            return load;
        }

        List<Write> stop() throws InterruptedException {
            writing.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(2, TimeUnit.MINUTES));
            return List.copyOf(writes);
        }
    }

    private static void writeUntilStopped(String prefix, AtomicBoolean writing, List<Write> writes) {
        for (int n = 0; writing.get(); n++) {
            String name = prefix + " " + n;
            long started = System.nanoTime();
            int status;
            String node = null;
            boolean problem = false;
            try {
                Api.Reply reply = LB.post(STEDEREN_COORDINATOR, STEDEREN + "/actors", actor(name));
                status = reply.status();
                node = reply.headers().firstValue("X-Buurtwijzer-Node").orElse(null);
                problem = reply.isProblem() && !reply.body().contains("Exception");
            } catch (IllegalStateException connectionLost) {
                status = -1;
            }
            writes.add(new Write(name, started, System.nanoTime(), status, node, problem));
        }
    }

    private static Set<String> actorNamesStartingWith(String prefix) throws SQLException {
        Set<String> names = new HashSet<>();
        try (var db = database();
                var query = db.prepareStatement("SELECT name FROM actor WHERE name LIKE ?")) {
            query.setString(1, prefix + "%");
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static Map<String, Long> leaseRuns() throws SQLException {
        Map<String, Long> runs = new java.util.TreeMap<>();
        try (var db = database(); var query = db.prepareStatement("SELECT job, runs FROM scheduled_lease");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                runs.put(rows.getString(1), rows.getLong(2));
            }
        }
        return runs;
    }

    private static java.sql.Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + DB_PORT
                + "/buurtwijzer?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
    }

    // --- the cluster script

    private static void cluster(String... arguments) throws IOException, InterruptedException {
        clusterWith(Map.of(), arguments);
    }

    private static void clusterWith(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        Path log = DIR.resolveSibling("cluster-it-script.log");
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("CLUSTER_LB_PORT", String.valueOf(LB_PORT),
                "CLUSTER_NODE1_PORT", String.valueOf(LB_PORT + 1), "CLUSTER_NODE2_PORT", String.valueOf(LB_PORT + 2),
                "CLUSTER_DB_PORT", String.valueOf(DB_PORT), "CLUSTER_NAME", "bwitnode", "CLUSTER_DIR", DIR.toString(),
                "BUURTWIJZER_DEMO_PASSWORD", Api.PASSWORD,
                "BUURTWIJZER_PLUGIN_CONVERGE_SECONDS", String.valueOf(CONVERGE_SECONDS)));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " failed; see " + log);
        }
    }

    // --- data of a test's own, made through one node

    private static Town freshMunicipality(ApiAt node, String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = node.post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", slug)
                .add("name", "Gemeente " + slug).add("defaultLocale", "nl-BE").build());
        assertEquals(201, created.status(), created.toString());
        String admin = "admin@" + slug + ".example";
        Api.Reply appointed = node.post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators", object()
                .add("email", admin).add("displayName", "Admin " + slug).build());
        assertEquals(201, appointed.status(), appointed.toString());
        return new Town(slug, admin, choosePassword(node, admin, appointed.json().getString("oneTimePassword")));
    }

    private static String choosePassword(ApiAt node, String email, String oneTimePassword) {
        String chosen = Api.strongPassword();
        Api.Reply changed = node.send(email, oneTimePassword, "PUT", "/api/v1/me/password", object()
                .add("currentPassword", oneTimePassword).add("newPassword", chosen).build());
        assertEquals(204, changed.status(), changed.toString());
        return chosen;
    }

    /** Invites and joins (the demo nodes send no mail, so the invitation answer carries its token). */
    private static String join(ApiAt node, Town town, String email, String role) {
        Api.Reply invited = town.as(node, "POST", "/invitations", object().add("email", email).add("role", role).build());
        assertEquals(201, invited.status(), invited.toString());
        String chosen = Api.strongPassword();
        Api.Reply joined = node.send(null, null, "POST", "/api/v1/invitations/" + invited.json().getString("token")
                + "/account", object().add("displayName", "Lid " + email).add("password", chosen).build());
        assertEquals(201, joined.status(), joined.toString());
        return chosen;
    }

    private static Publisher publisher(ApiAt node) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply org = node.post(PLATFORM_ADMIN, "/api/v1/admin/organisations", object().add("name", "Steunpunt " + tag)
                .build());
        assertEquals(201, org.status(), org.toString());
        String orgId = org.json().getString("id");
        String email = "publisher@" + tag + ".example";
        Api.Reply appointed = node.post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + orgId + "/publishers",
                object().add("email", email).add("displayName", "Publisher " + tag).build());
        assertEquals(201, appointed.status(), appointed.toString());
        Publisher publisher = new Publisher(email, choosePassword(node, email,
                appointed.json().getString("oneTimePassword")), Jars.newKey());
        Api.Reply key = node.send(email, publisher.password(), "POST", "/api/v1/publisher/keys", object()
                .add("label", "build server").add("publicKey", Jars.publicKey(publisher.key())).build());
        assertEquals(201, key.status(), key.toString());
        assertEquals(200, node.post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + orgId + "/keys/"
                + key.json().getString("id") + "/approve", null).status());
        return publisher;
    }

    private static JsonObject newNeighbourhood() {
        Api.Reply created = NODE1.post(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods", object()
                .add("name", "Gedeeld " + UUID.randomUUID()).add("kind", "LIVED").build());
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    private static JsonObject change(JsonObject original, String description) {
        return object().add("name", original.getString("name")).add("kind", "LIVED").add("description", description)
                .add("version", original.getJsonNumber("version").longValue()).build();
    }

    private static String actor(String name) {
        return object().add("name", name).add("kind", "OTHER").add("sector", "CARE").build().toString();
    }

    // --- small helpers

    private static String nodeThatServed(HttpClient browser, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(LB.base() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("X-Buurtwijzer-Node").orElseThrow();
    }

    private static void awaitTrue(Duration limit, BooleanSupplier condition, String what) {
        long until = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
            }
            sleep(100);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void figure(String format, Object... values) {
        System.out.println("CLUSTER-FIGURE: " + String.format(java.util.Locale.ROOT, format, values));
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
