package be.buurtwijzer.plugin.api;

import java.util.List;

public record RecordPage<T>(List<StoredRecord<T>> items, int page, int size, long total) {
}
