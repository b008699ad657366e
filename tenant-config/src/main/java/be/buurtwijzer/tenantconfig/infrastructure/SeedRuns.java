package be.buurtwijzer.tenantconfig.infrastructure;

import be.buurtwijzer.core.infrastructure.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The instrument seeds of a municipality still to run ({@code seed_run}, V16): begun in the transaction that
 * subscribes the municipality, advanced after every seed, ended after the last. Which node runs them is decided by a
 * lease ({@link be.buurtwijzer.core.infrastructure.JobLeases}); this table keeps only where the run stands.
 */
@ApplicationScoped
public class SeedRuns {

    /**
     * Where a municipality's seeds stand: which instruments' seeds, the next to run, the results so far (JSON); and
     * until when another node claimed it in this table (see {@link #claimForOlderNodes}), or null.
     */
    public record Progress(String tenantId, Set<String> instruments, int next, String results,
            Instant claimedElsewhereUntil) {
    }

    /** EclipseLink's QueryHints.ALLOW_NATIVE_SQL_QUERY; EclipseLink itself is the server's, not this module's. */
    private static final String ALLOW_NATIVE_READ = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "buurtwijzer")
    EntityManager em;

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

    /** Where the municipality's run stands; empty when its seeds have all run. */
    public Optional<Progress> progress(String slug) {
        List<?> rows = read("SELECT r.tenant_id, r.instruments, r.next_seed, r.results, r.holder, r.claimed_until "
                + "FROM seed_run r JOIN tenant t ON t.id = r.tenant_id WHERE t.slug = ?", slug);
        return rows.stream().findFirst().map(Object[].class::cast).map(row -> new Progress((String) row[0],
                split((String) row[1]), ((Number) row[2]).intValue(), (String) row[3],
                row[4] == null || node.equals(row[4]) ? null : instant(row[5])));
    }

    /**
     * Until the contraction of {@code holder} and {@code claimed_until}: the lease this node holds on the run, written
     * where a node of the previous release (V16) looks for a claim, so that it leaves the run alone during a roll-out.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void claimForOlderNodes(String tenantId, Instant until) {
        em.createNativeQuery("UPDATE seed_run SET holder = ?, claimed_until = ? WHERE tenant_id = ?")
                .setParameter(1, node).setParameter(2, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
                .setParameter(3, tenantId).executeUpdate();
    }

    /** After a seed ran: where the run stands now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void advance(String tenantId, int next, String results) {
        em.createNativeQuery("UPDATE seed_run SET next_seed = ?, results = ? WHERE tenant_id = ?")
                .setParameter(1, next).setParameter(2, results).setParameter(3, tenantId).executeUpdate();
    }

    /** The run is over: all seeds ran, or one failed in a way that running it again would not mend. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void end(String tenantId) {
        em.createNativeQuery("DELETE FROM seed_run WHERE tenant_id = ?").setParameter(1, tenantId).executeUpdate();
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

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return value instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC) : null;
    }

    private static Set<String> split(String instruments) {
        Set<String> set = new TreeSet<>(Arrays.asList(instruments.split(",")));
        set.remove("");
        return set;
    }
}
