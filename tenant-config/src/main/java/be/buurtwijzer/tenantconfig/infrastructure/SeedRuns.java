package be.buurtwijzer.tenantconfig.infrastructure;

import be.buurtwijzer.core.infrastructure.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The instrument seeds of a municipality still to run ({@code seed_run}, V16): begun in the transaction that
 * subscribes the municipality, advanced after every seed, ended after the last. A node runs them only while it
 * holds the run's claim, renewed at every seed, so that two nodes never run the same seeds and a node stopped
 * halfway leaves them to the next start once its claim has lapsed.
 */
@ApplicationScoped
public class SeedRuns {

    /** How long a claim holds without a seed being run: longer than a plugin call may take. */
    public static final Duration CLAIM = Duration.ofMinutes(2);

    /** Where a municipality's seeds stand: which instruments' seeds, the next to run, the results so far (JSON). */
    public record Progress(String tenantId, Set<String> instruments, int next, String results) {
    }

    /** The outcome of a claim: the progress to go on from, or until when another node holds it, or nothing. */
    public record Claim(Progress progress, Instant heldUntil) {
        static final Claim NONE = new Claim(null, null);

        public boolean claimed() {
            return progress != null;
        }

        public boolean heldElsewhere() {
            return heldUntil != null;
        }
    }

    /** EclipseLink's QueryHints.ALLOW_NATIVE_SQL_QUERY; EclipseLink itself is the server's, not this module's. */
    private static final String ALLOW_NATIVE_READ = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

    @Inject
    Clock clock;

    private final String node = JobLeases.thisNode();

    /** In the transaction that subscribed the municipality: its seeds of these instruments are to run. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin(String tenantId, Set<String> instruments) {
        List<?> earlier = read("SELECT instruments FROM seed_run WHERE tenant_id = ?", tenantId);
        Set<String> all = new TreeSet<>(instruments);
        if (earlier.isEmpty()) {
            em.createNativeQuery("INSERT INTO seed_run (tenant_id, instruments, next_seed) VALUES (?, ?, 0)")
                    .setParameter(1, tenantId).setParameter(2, String.join(",", all)).executeUpdate();
        } else {
            // a run not finished yet: the newly subscribed instruments' seeds join it
            all.addAll(split((String) earlier.get(0)));
            em.createNativeQuery("UPDATE seed_run SET instruments = ? WHERE tenant_id = ?")
                    .setParameter(1, String.join(",", all)).setParameter(2, tenantId).executeUpdate();
        }
    }

    /** The slugs of the municipalities whose seeds have not all run. */
    public Set<String> unfinished() {
        List<?> slugs = read("SELECT t.slug FROM seed_run r JOIN tenant t ON t.id = r.tenant_id", null);
        Set<String> found = new LinkedHashSet<>();
        slugs.forEach(slug -> found.add((String) slug));
        return found;
    }

    /** Takes the municipality's run for this node, unless another node holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String slug) {
        Instant now = clock.instant();
        int taken = em.createNativeQuery("UPDATE seed_run SET holder = ?, claimed_until = ? WHERE tenant_id = "
                        + "(SELECT t.id FROM tenant t WHERE t.slug = ?) AND (claimed_until IS NULL OR claimed_until <= ?)")
                .setParameter(1, node).setParameter(2, utc(now.plus(CLAIM))).setParameter(3, slug)
                .setParameter(4, utc(now)).executeUpdate();
        List<?> rows = read("SELECT r.tenant_id, r.instruments, r.next_seed, r.results, r.claimed_until "
                + "FROM seed_run r JOIN tenant t ON t.id = r.tenant_id WHERE t.slug = ?", slug);
        if (rows.isEmpty()) {
            return Claim.NONE;
        }
        Object[] row = (Object[]) rows.get(0);
        if (taken == 0) {
            return new Claim(null, instant(row[4]));
        }
        return new Claim(new Progress((String) row[0], split((String) row[1]), ((Number) row[2]).intValue(),
                (String) row[3]), null);
    }

    /** After a seed ran: where the run stands now; renews the claim. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void advance(String tenantId, int next, String results) {
        em.createNativeQuery("UPDATE seed_run SET next_seed = ?, results = ?, claimed_until = ? WHERE tenant_id = ?")
                .setParameter(1, next).setParameter(2, results).setParameter(3, utc(clock.instant().plus(CLAIM)))
                .setParameter(4, tenantId).executeUpdate();
    }

    /** The run is over: all seeds ran, or one failed in a way that running it again would not mend. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void end(String tenantId) {
        em.createNativeQuery("DELETE FROM seed_run WHERE tenant_id = ?").setParameter(1, tenantId).executeUpdate();
    }

    /** The claim is given back at once (the database went away halfway): the next start goes on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String tenantId) {
        em.createNativeQuery("UPDATE seed_run SET holder = NULL, claimed_until = NULL WHERE tenant_id = ?")
                .setParameter(1, tenantId).executeUpdate();
    }

    /**
     * A read of this table, which is no municipality's data but the platform's: EclipseLink refuses native reads in a
     * unit with multitenant entities unless asked for each.
     */
    private List<?> read(String sql, String parameter) {
        var query = em.createNativeQuery(sql).setHint(ALLOW_NATIVE_READ, "true");
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        return query.getResultList();
    }

    private static Set<String> split(String instruments) {
        Set<String> set = new TreeSet<>(Arrays.asList(instruments.split(",")));
        set.remove("");
        return set;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return Instant.EPOCH;
    }
}
