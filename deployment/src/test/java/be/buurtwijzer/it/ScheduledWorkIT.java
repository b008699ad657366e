package be.buurtwijzer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.infrastructure.JobLeases;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled work that must happen once per period happens once, however many nodes ask for it at the
 * same instant: the leases on the real database (migrated by the tests' server), asked for by nodes
 * racing on separate connections.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledWorkIT {

    private static final String DB_URL = System.getProperty("it.db.url");
    private static final Duration PERIOD = Duration.ofMinutes(60);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** The same instant for every node, moved on by the test between the periods. */
    static final class SharedClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-30T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static MysqlDataSource database() {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(DB_URL);
        dataSource.setUser("root");
        dataSource.setPassword("");
        return dataSource;
    }

    @Test
    void ofFourNodesAskingAtTheSameInstantExactlyOneRunsTheJobInEveryPeriod() throws Exception {
        String job = "it-" + UUID.randomUUID();
        SharedClock clock = new SharedClock();
        List<JobLeases> nodes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            nodes.add(new JobLeases(database(), clock, "node-" + i));
        }
        int periods = 25;
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            for (int period = 0; period < periods; period++) {
                CyclicBarrier start = new CyclicBarrier(nodes.size());
                List<Future<Boolean>> asked = new ArrayList<>();
                for (JobLeases node : nodes) {
                    asked.add(pool.submit(() -> {
                        start.await();
                        return node.take(job, PERIOD);
                    }));
                }
                int taken = 0;
                for (Future<Boolean> answer : asked) {
                    taken += answer.get() ? 1 : 0;
                }
                assertEquals(1, taken, "period " + period + ": nodes that took the lease");
                // later in the same period: nobody takes it again, not even its holder
                clock.now = clock.now.plus(PERIOD.multipliedBy(8).dividedBy(10));
                for (JobLeases node : nodes) {
                    assertTrue(!node.take(job, PERIOD), "taken twice in period " + period);
                }
                clock.now = clock.now.plus(PERIOD.multipliedBy(2).dividedBy(10));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(periods, runs(job));
    }

    @Test
    void workHeldUntilItIsDoneStaysWithItsNodeWhileRenewedAndPassesOnWhenItLapsesOrEnds() throws Exception {
        String key = "it-hold-" + UUID.randomUUID();
        Duration hold = Duration.ofMinutes(2);
        SharedClock clock = new SharedClock();
        JobLeases first = new JobLeases(database(), clock, "node-1");
        JobLeases second = new JobLeases(database(), clock, "node-2");

        assertTrue(first.hold(key, hold));
        assertTrue(!second.hold(key, hold), "held by the first node");
        assertEquals(Optional.of(clock.now.plus(hold)), second.heldElsewhereUntil(key));
        assertEquals(Optional.empty(), first.heldElsewhereUntil(key), "its own lease is not held elsewhere");

        // renewed by its holder before it lapses: still the first node's past the first two minutes
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertTrue(first.hold(key, hold));
        clock.now = clock.now.plus(Duration.ofMinutes(2).minusSeconds(1));
        assertTrue(!second.hold(key, hold), "renewed, so not lapsed");

        // the first node stops: its lease lapses and the second takes it over
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertEquals(Optional.empty(), second.heldElsewhereUntil(key));
        assertTrue(second.hold(key, hold));
        assertTrue(!first.hold(key, hold), "taken over");

        // the work is done: only its holder ends it, and no row stays behind
        first.end(key);
        assertEquals(1, leaseRows(key), "the first node cannot end the second's lease");
        second.end(key);
        assertEquals(0, leaseRows(key));
    }

    @Test
    void theServerRanEachOnceOnlyJobOnceSinceItStarted() throws Exception {
        // both run right after start-up and then every few hours / every hour: one run each by now
        for (String job : List.of("retention-purge", "tenant-purge")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (runs(job) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertEquals(1, runs(job), job);
        }
    }

    private static long leaseRows(String key) throws Exception {
        try (Connection c = database().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM scheduled_lease WHERE job = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long runs(String job) throws Exception {
        try (Connection c = database().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT runs FROM scheduled_lease WHERE job = ?")) {
            s.setString(1, job);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
