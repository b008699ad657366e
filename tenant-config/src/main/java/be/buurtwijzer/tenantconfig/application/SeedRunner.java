package be.buurtwijzer.tenantconfig.application;

import be.buurtwijzer.core.application.shared.DatabaseOutage;
import be.buurtwijzer.tenantconfig.domain.InstrumentSeed;
import be.buurtwijzer.tenantconfig.infrastructure.SeedRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the municipalities' instrument seeds that have not all run ({@link SeedRuns}): those just subscribed, and
 * those a node stopped before finishing, from the seed it reached. Each under the run's claim, so that two nodes
 * never run the same seeds.
 */
@ApplicationScoped
public class SeedRunner {

    private static final Logger LOG = Logger.getLogger(SeedRunner.class.getName());

    /** A municipality file's seeds, with the file's name for the log. */
    public record FileSeeds(String file, List<InstrumentSeed> seeds) {
    }

    @Inject
    SeedRuns runs;

    @Inject
    InstrumentSeeder seeder;

    @Inject
    Clock clock;

    /** Of these municipalities, those whose seeds have not all run. */
    public Set<String> unfinished(Set<String> slugs) {
        Set<String> unfinished = new LinkedHashSet<>(runs.unfinished());
        unfinished.retainAll(slugs);
        return unfinished;
    }

    /**
     * Runs the unfinished seeds of these municipalities, one after another. A run another node holds is waited for
     * when asked ({@code waitForOtherNodes}, at a start): it is either finished by then, or taken over once the
     * claim of the node that stopped has lapsed.
     */
    public void run(Map<String, FileSeeds> files, Set<String> slugs, boolean waitForOtherNodes) {
        Set<String> left = new LinkedHashSet<>(slugs);
        while (!left.isEmpty()) {
            Instant wakeUp = null;
            for (String slug : List.copyOf(left)) {
                SeedRuns.Claim claim;
                try {
                    claim = runs.claim(slug);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "tenant-config: the instrument data of " + slug + " waits for the next "
                            + "start: its run could not be claimed", e);
                    left.remove(slug);
                    continue;
                }
                if (claim.heldElsewhere()) {
                    wakeUp = wakeUp == null || claim.heldUntil().isBefore(wakeUp) ? claim.heldUntil() : wakeUp;
                    continue;
                }
                left.remove(slug);
                if (claim.claimed()) {
                    run(files.get(slug), slug, claim.progress());
                }
            }
            if (left.isEmpty() || !waitForOtherNodes || !pause(wakeUp)) {
                return;
            }
        }
    }

    private void run(FileSeeds file, String slug, SeedRuns.Progress progress) {
        List<InstrumentSeed> seeds = file.seeds().stream()
                .filter(seed -> progress.instruments().contains(seed.instrument())).toList();
        JsonObject before = progress.results() == null ? JsonValue.EMPTY_JSON_OBJECT
                : Json.createReader(new StringReader(progress.results())).readObject();
        try {
            List<String> changes = seeder.run(slug, seeds, progress.next(), before,
                    (next, results) -> runs.advance(progress.tenantId(), next, results.toString()));
            runs.end(progress.tenantId());
            LOG.info("tenant-config " + file.file() + " instrument data: "
                    + (progress.next() == 0 ? "" : "went on from seed " + (progress.next() + 1) + "; ")
                    + String.join("; ", changes));
        } catch (RuntimeException e) {
            if (DatabaseOutage.causes(e)) {
                DatabaseOutage.log(LOG, "tenant-config " + file.file() + " (instrumentData) stopped: the database did "
                        + "not answer; the next start goes on from the seed it reached", e);
                giveBack(progress);
                return;
            }
            LOG.severe("tenant-config problem: " + file.file() + " (instrumentData) stopped: " + e.getMessage());
            try {
                runs.end(progress.tenantId());
            } catch (RuntimeException notEnded) {
                LOG.log(Level.WARNING, "The run of " + slug + " stays; the next start tries its seed again", notEnded);
            }
        }
    }

    private void giveBack(SeedRuns.Progress progress) {
        try {
            runs.release(progress.tenantId());
        } catch (RuntimeException stillAway) {
            LOG.log(Level.FINE, "The claim lapses by itself", stillAway);
        }
    }

    /** Waits until the earliest claim held elsewhere lapses; false when the node is stopping. */
    private boolean pause(Instant until) {
        Duration wait = until == null ? Duration.ofSeconds(1) : Duration.between(clock.instant(), until);
        long millis = Math.min(Math.max(wait.toMillis(), 0), SeedRuns.CLAIM.toMillis()) + 1_000;
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
