package be.buurtwijzer.tenantconfig.application;

import be.buurtwijzer.core.application.shared.DatabaseOutage;
import be.buurtwijzer.core.infrastructure.JobLeases;
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
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the municipalities' instrument seeds that have not all run ({@link SeedRuns}): those just subscribed, and
 * those a node stopped before finishing, from the seed it reached. Each under the lease {@code seed-run:<tenant id>},
 * renewed while the seeds run, so that two nodes never run the same seeds.
 */
@ApplicationScoped
public class SeedRunner {

    private static final Logger LOG = Logger.getLogger(SeedRunner.class.getName());

    /** How long the lease on a run holds without being renewed: longer than a plugin call may take. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    /** A municipality file's seeds, with the file's name for the log. */
    public record FileSeeds(String file, List<InstrumentSeed> seeds) {
    }

    /** Runs a task after a delay: the node's scheduler at a start, at once otherwise. */
    @FunctionalInterface
    public interface Later {
        void run(Duration delay, Runnable task);
    }

    @Inject
    SeedRuns runs;

    @Inject
    InstrumentSeeder seeder;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    /** Of these municipalities, those whose seeds have not all run. */
    public Set<String> unfinished(Set<String> slugs) {
        Set<String> unfinished = new LinkedHashSet<>(runs.unfinished());
        unfinished.retainAll(slugs);
        return unfinished;
    }

    /**
     * Runs the unfinished seeds of these municipalities, one after another. The runs another node holds are tried
     * again when its lease lapses, if asked ({@code waitForOtherNodes}, at a start): by then they are either finished
     * or left by a node that stopped, and taken over.
     */
    public void run(Map<String, FileSeeds> files, Set<String> slugs, boolean waitForOtherNodes, Later later) {
        Set<String> heldElsewhere = new LinkedHashSet<>();
        Instant firstLapse = null;
        for (String slug : slugs) {
            try {
                Optional<Instant> held = runOrHeldUntil(files.get(slug), slug);
                if (held.isPresent()) {
                    heldElsewhere.add(slug);
                    firstLapse = firstLapse == null || held.get().isBefore(firstLapse) ? held.get() : firstLapse;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "tenant-config: the instrument data of " + slug + " waits for the next start: "
                        + "its run could not be claimed", e);
            }
        }
        if (!heldElsewhere.isEmpty() && waitForOtherNodes) {
            Duration wait = Duration.between(clock.instant(), firstLapse);
            later.run(wait.isNegative() ? Duration.ofSeconds(1) : wait.plusSeconds(1),
                    () -> run(files, heldElsewhere, true, later));
        }
    }

    /** Runs the municipality's seeds if no other node holds its run; else until when that node holds it. */
    private Optional<Instant> runOrHeldUntil(FileSeeds file, String slug) {
        Optional<SeedRuns.Progress> found = runs.progress(slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant claimedInTheRun = found.get().claimedElsewhereUntil();
        if (claimedInTheRun != null && claimedInTheRun.isAfter(clock.instant())) {
            return Optional.of(claimedInTheRun); // by a node of the previous release, during a roll-out
        }
        String lease = "seed-run:" + found.get().tenantId();
        if (!leases.hold(lease, LEASE)) {
            return Optional.of(leases.heldElsewhereUntil(lease).orElse(clock.instant()));
        }
        runs.claimForOlderNodes(found.get().tenantId(), clock.instant().plus(LEASE));
        // read again under the lease: the node that held it until just now may have gone on, or finished
        runs.progress(slug).ifPresentOrElse(progress -> run(file, slug, progress, lease), () -> leases.end(lease));
        return Optional.empty();
    }

    private void run(FileSeeds file, String slug, SeedRuns.Progress progress, String lease) {
        List<InstrumentSeed> seeds = file.seeds().stream()
                .filter(seed -> progress.instruments().contains(seed.instrument())).toList();
        JsonObject before = progress.results() == null ? JsonValue.EMPTY_JSON_OBJECT
                : Json.createReader(new StringReader(progress.results())).readObject();
        LeaseRenewal renewal = new LeaseRenewal(clock, LEASE, () -> renew(lease, progress.tenantId()));
        try {
            List<String> changes = seeder.run(slug, seeds, progress.next(), before, (next, results) -> {
                if (!renewal.stillHeld()) {
                    LOG.warning("tenant-config " + file.file() + " (instrumentData): another node took the run over "
                            + "after this node's lease lapsed; this node stops after seed " + next);
                    return false;
                }
                runs.advance(progress.tenantId(), next, results.toString());
                return true;
            });
            if (renewal.lost()) {
                return; // the run is the other node's now: it ends it
            }
            end(progress, lease);
            LOG.info("tenant-config " + file.file() + " instrument data: "
                    + (progress.next() == 0 ? "" : "went on from seed " + (progress.next() + 1) + "; ")
                    + String.join("; ", changes));
        } catch (RuntimeException e) {
            if (DatabaseOutage.causes(e)) {
                DatabaseOutage.log(LOG, "tenant-config " + file.file() + " (instrumentData) stopped: the database did "
                        + "not answer; the next start goes on from the seed it reached", e);
                leases.giveBack(lease);
                return;
            }
            LOG.severe("tenant-config problem: " + file.file() + " (instrumentData) stopped: " + e.getMessage());
            try {
                if (!renewal.stillHeld()) {
                    return; // the run went to another node while the seed failed: its run, not this node's to end
                }
                end(progress, lease);
            } catch (RuntimeException notEnded) {
                LOG.log(Level.WARNING, "The run of " + slug + " stays; the next start tries its seed again", notEnded);
            }
        }
    }

    private void end(SeedRuns.Progress progress, String lease) {
        runs.end(progress.tenantId());
        leases.end(lease);
    }

    private boolean renew(String lease, String tenantId) {
        if (!leases.hold(lease, LEASE)) {
            return false;
        }
        runs.claimForOlderNodes(tenantId, clock.instant().plus(LEASE));
        return true;
    }
}
