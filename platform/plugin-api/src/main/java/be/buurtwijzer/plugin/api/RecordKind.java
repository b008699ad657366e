package be.buurtwijzer.plugin.api;

/**
 * A kind of document the plugin stores, read and written as {@code type} with JSON-B.
 * {@code readPermission} and {@code writePermission} guard the generic record endpoints.
 */
public record RecordKind<T>(String name, Class<T> type, String readPermission, String writePermission) {
}
