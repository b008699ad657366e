package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.get;
import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Api.put;
import static be.buurtwijzer.it.Demo.REGIO;
import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two updates from the same version: exactly one wins, the other gets 409 and overwrites nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static JsonObject newNeighbourhood() {
        return post(STEDEREN_COORDINATOR, STEDEREN + "/neighbourhoods", object()
                .add("name", "Gedeeld " + UUID.randomUUID()).add("kind", "LIVED").build()).json();
    }

    private static JsonObject change(JsonObject original, String description) {
        return object().add("name", original.getString("name")).add("kind", "LIVED").add("description", description)
                .add("version", original.getJsonNumber("version").longValue()).build();
    }

    @Test
    void aStaleUpdateIsRefused() {
        JsonObject original = newNeighbourhood();
        String path = STEDEREN + "/neighbourhoods/" + original.getString("id");
        assertEquals(200, put(STEDEREN_COORDINATOR, path, change(original, "eerste")).status());
        Api.Reply stale = put(REGIO, path, change(original, "tweede"));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("version", stale.json().getString("field"));
        assertEquals("eerste", get(STEDEREN_COORDINATOR, path).json().getString("description"));
    }

    @RepeatedTest(3)
    void simultaneousUpdatesFromTheSameVersionLetExactlyOneWin() throws Exception {
        JsonObject original = newNeighbourhood();
        String path = STEDEREN + "/neighbourhoods/" + original.getString("id");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Reply>> replies = List.of("A", "B").stream()
                .map(who -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return put(who.equals("A") ? STEDEREN_COORDINATOR : REGIO, path, change(original, who));
                })).toList();
        start.countDown();
        List<Api.Reply> done = replies.stream().map(CompletableFuture::join).toList();
        List<Integer> statuses = done.stream().map(Api.Reply::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, done.toString());
        String winner = done.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .getString("description");
        JsonObject stored = get(STEDEREN_COORDINATOR, path).json();
        assertEquals(winner, stored.getString("description"));
        assertEquals(original.getJsonNumber("version").longValue() + 1, stored.getJsonNumber("version").longValue());
        assertTrue(done.stream().filter(r -> r.status() == 409).allMatch(Api.Reply::isProblem));
    }
}
