package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.application.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The register list pages this node served lately, each with the municipality's register stamp it was read
 * under. A page is served again only for the same stamp: any change to the register raises it (in the database,
 * so on every node). Bounded by the number of entries on all pages together; the least recently used go first.
 */
@ApplicationScoped
public class ListPages {

    /** About 20 MB with the largest entries (an initiative with its links is about 1 kB). */
    static final int DEFAULT_CAPACITY = 20_000;

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
        this(DEFAULT_CAPACITY);
    }

    ListPages(int capacity) {
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
