package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.application.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The register list pages this node served lately, each with the municipality's register stamp it was read
 * under. A page is served again only for the same stamp: any change to the register raises it (in the database,
 * so on every node). Bounded by the number of entries on all pages together; the least recently used go first.
 * A capacity of 0 keeps nothing: every list is read from the database (to measure that path, or to spare memory).
 */
@ApplicationScoped
public class ListPages {

    /** About 20 MB with the largest entries (an initiative with its links is about 1 kB). */
    static final String DEFAULT_CAPACITY = "20000";

    private record Key(String tenantId, Object list) {
    }

    private record Kept(long stamp, Page<?> page) {
        int weight() {
            return 1 + page.items().size();
        }
    }

    private final int capacity;
    private final LinkedHashMap<Key, Kept> pages = new LinkedHashMap<>(256, 0.75f, true);
    private int weight;

    public ListPages() {
        this(Integer.parseInt(DEFAULT_CAPACITY));
    }

    @Inject
    ListPages(@ConfigProperty(name = "buurtwijzer.list-pages.capacity", defaultValue = DEFAULT_CAPACITY) int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("buurtwijzer.list-pages.capacity (BUURTWIJZER_LIST_PAGES_CAPACITY) "
                    + "must be 0 or more, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** The page kept for exactly this stamp; a page kept under an older stamp is dropped. */
    @SuppressWarnings("unchecked")
    public synchronized <V> Optional<Page<V>> find(String tenantId, long stamp, Object list) {
        Key key = new Key(tenantId, list);
        Kept kept = pages.get(key);
        if (kept == null) {
            return Optional.empty();
        }
        if (kept.stamp() != stamp) {
            if (kept.stamp() < stamp) {
                drop(key);
            }
            return Optional.empty();
        }
        return Optional.of((Page<V>) kept.page());
    }

    /** Keeps a page read under this stamp, unless a page read under a newer one is already kept. */
    public synchronized void keep(String tenantId, long stamp, Object list, Page<?> page) {
        Kept fresh = new Kept(stamp, page);
        if (fresh.weight() > capacity) {
            return;
        }
        Key key = new Key(tenantId, list);
        Kept kept = pages.get(key);
        if (kept != null && kept.stamp() > stamp) {
            return;
        }
        if (kept != null) {
            drop(key);
        }
        pages.put(key, fresh);
        weight += fresh.weight();
        Iterator<Map.Entry<Key, Kept>> eldest = pages.entrySet().iterator();
        while (weight > capacity && eldest.hasNext()) {
            weight -= eldest.next().getValue().weight();
            eldest.remove();
        }
    }

    synchronized int weight() {
        return weight;
    }

    private void drop(Key key) {
        weight -= pages.remove(key).weight();
    }
}
