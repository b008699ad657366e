package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plugin that misbehaves with the server's resources (issue 19): a call that keeps allocating is cut at the
 * per-call limit, threads a call leaves running are interrupted and reported, and a plugin that leaves more than
 * the allowed number is stopped on the node while everything else keeps working. The test plugin test-faulty is
 * stopped by the last test, so the order matters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginContainmentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static Municipality freshMunicipality() {
        Municipality m = Municipality.fresh("contain");
        m.subscribe("test-faulty");
        m.subscribe("logbook");
        return m;
    }

    private static Api.Reply as(Municipality m, String method, String path, Object body) {
        return m.asAdmin(method, path.substring(1), body);
    }

    private static JsonObject faultyHealth() {
        Api.Reply health = get(PLATFORM_ADMIN, "/api/v1/admin/plugins");
        assertEquals(200, health.status(), health.toString());
        return health.array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("pluginId").equals("test-faulty")).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void aCallThatKeepsAllocatingIsCutAtTheLimitAndThePluginKeepsWorking() {
        Municipality m = freshMunicipality();
        // a runaway loop: 100 GB in 1 MB pieces; the test server allows 256 MB per call
        long start = System.nanoTime();
        Api.Reply hoard = as(m, "POST", "/instruments/test-faulty/operations/hoard", "{\"megabytes\":100000,\"keep\":8}");
        long millis = (System.nanoTime() - start) / 1_000_000L;
        assertEquals(500, hoard.status(), hoard.toString());
        assertTrue(hoard.isProblem(), hoard.toString());
        assertTrue(hoard.json().getString("detail").contains("more memory than one call may (256 MB)"), hoard.toString());
        assertTrue(millis < 3_000, "cut by the memory limit, not the time limit: " + millis + " ms");
        JsonObject health = faultyHealth();
        assertTrue(health.toString().contains("allocated more than 256 MB in one call"), health.toString());
        assertEquals("STARTED", health.getString("state"), health.toString());

        // a call within the limit is untouched, and so is the plugin
        Api.Reply modest = as(m, "POST", "/instruments/test-faulty/operations/hoard", "{\"megabytes\":64,\"keep\":4}");
        assertEquals(200, modest.status(), modest.toString());
        assertEquals(200, as(m, "POST", "/instruments/test-faulty/operations/echo", "{\"message\":\"nog\"}").status());
    }

    @Test
    @Order(2)
    void threadsLeftRunningAreInterruptedAndReportedAndTooManyStopThePluginOnThisNode() throws InterruptedException {
        Municipality m = freshMunicipality();
        long failuresBefore = faultyHealth().getJsonNumber("failures").longValue();

        // two threads that stop when interrupted: the call's answer stands, the threads are reported
        Api.Reply two = as(m, "POST", "/instruments/test-faulty/operations/spawn", "{\"count\":2,\"stubborn\":false}");
        assertEquals(200, two.status(), two.toString());
        JsonObject health = faultyHealth();
        assertEquals(failuresBefore + 1, health.getJsonNumber("failures").longValue(), health.toString());
        assertTrue(health.toString().contains("left 2 thread(s) running after the call (faulty-leak-1, faulty-leak-2)"),
                health.toString());
        // they were interrupted and ended: the next call finds none of them
        Thread.sleep(500);
        assertEquals(200, as(m, "POST", "/instruments/test-faulty/operations/echo", "{\"message\":\"a\"}").status());
        assertEquals(failuresBefore + 1, faultyHealth().getJsonNumber("failures").longValue(),
                "no thread of the first call is left: " + faultyHealth());

        // six threads that ignore the interrupt: more than the four allowed, so the plugin is stopped on this node
        Api.Reply six = as(m, "POST", "/instruments/test-faulty/operations/spawn", "{\"count\":6,\"stubborn\":true}");
        assertEquals(200, six.status(), six.toString());
        health = faultyHealth();
        assertEquals("STOPPED", health.getString("state"), health.toString());
        assertTrue(health.getString("reason").contains("left 6 threads running, more than the 4 allowed"),
                health.toString());
        Api.Reply after = as(m, "POST", "/instruments/test-faulty/operations/echo", "{\"message\":\"b\"}");
        assertEquals(503, after.status(), after.toString());
        assertTrue(after.isProblem() && after.json().getString("detail").contains("not running"), after.toString());
        assertFalse(after.body().contains("Exception"), after.toString());

        // everything else keeps working, and the node does not start that release again by itself
        assertEquals(200, as(m, "POST", "/instruments/logbook/operations/summary", "{}").status());
        Thread.sleep(6_000); // past one round of the node's plugin convergence (5 s)
        assertEquals("STOPPED", faultyHealth().getString("state"), faultyHealth().toString());
        assertEquals(503, as(m, "POST", "/instruments/test-faulty/operations/echo", "{\"message\":\"c\"}").status());
    }
}
