package be.buurtwijzer.plugin.api;

import java.util.Optional;

/**
 * The plugin's typed JSON documents in one municipality, grouped by kind. Each write is audited and
 * checks the optimistic version. The writes of one operation call commit together when the operation
 * answers, or not at all when it fails, refuses or runs out of time.
 */
public interface RecordStore {

    <T> StoredRecord<T> create(String kind, T value);

    <T> Optional<StoredRecord<T>> find(String kind, String id, Class<T> type);

    /** @throws InstrumentException when {@code expectedVersion} is not the stored version */
    <T> StoredRecord<T> update(String kind, String id, long expectedVersion, T value);

    /** @return whether there was such a record */
    boolean delete(String kind, String id);

    /** Newest first. */
    <T> RecordPage<T> list(String kind, Class<T> type, int page, int size);

    /** Every document of a kind, newest first, read page by page. */
    default <T> java.util.List<StoredRecord<T>> listAll(String kind, Class<T> type) {
        int size = 200;
        java.util.List<StoredRecord<T>> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var batch = list(kind, type, page, size).items();
            all.addAll(batch);
            if (batch.size() < size) {
                return all;
            }
        }
    }
}
