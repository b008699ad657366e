package be.buurtwijzer.core.domain.instruments;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Per plugin on this node: its state, how often it failed, and the most recent failures. */
public final class PluginHealth {

    public enum State {
        STARTED, FAILED, REFUSED, STOPPED
    }

    public record Failure(Instant at, String where, String message, String reference) {
    }

    public record Snapshot(String pluginId, String version, State state, String reason, long calls, long failures,
            List<Failure> recentFailures) {
    }

    private static final int RECENT = 20;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private static final class Entry {
        volatile String version;
        volatile State state;
        volatile String reason;
        final AtomicLong calls = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final Deque<Failure> recent = new ArrayDeque<>();
    }

    private Entry entry(String pluginId) {
        return entries.computeIfAbsent(pluginId, id -> new Entry());
    }

    public void state(String pluginId, String version, State state, String reason) {
        Entry e = entry(pluginId);
        e.version = version;
        e.state = state;
        e.reason = reason;
    }

    public void called(String pluginId) {
        entry(pluginId).calls.incrementAndGet();
    }

    public void failed(String pluginId, Failure failure) {
        Entry e = entry(pluginId);
        e.failures.incrementAndGet();
        synchronized (e.recent) {
            e.recent.addFirst(failure);
            while (e.recent.size() > RECENT) {
                e.recent.removeLast();
            }
        }
    }

    public List<Snapshot> snapshots() {
        return entries.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).map(en -> {
            Entry e = en.getValue();
            List<Failure> recent;
            synchronized (e.recent) {
                recent = List.copyOf(e.recent);
            }
            return new Snapshot(en.getKey(), e.version, e.state, e.reason, e.calls.get(), e.failures.get(), recent);
        }).toList();
    }
}
