package be.buurtwijzer.plugin.api;

import java.util.List;

/**
 * What the catalogue shows of an instrument. The id and version come from the plugin's manifest
 * ({@code Plugin-Id}, {@code Plugin-Version}); this adds the words and the permissions.
 *
 * @param icon a Vaadin icon name, e.g. {@code vaadin:book}
 * @param category e.g. {@code analysis}, {@code collaboration}, {@code documentation}
 * @param dataSchemaVersion the version of the plugin's stored records; raise it together with
 *        {@link Instrument#migrateRecord}
 */
public record InstrumentDescriptor(Text name, Text description, String icon, String category,
        List<PermissionSpec> permissions, int dataSchemaVersion) {

    public InstrumentDescriptor {
        permissions = List.copyOf(permissions);
        if (dataSchemaVersion < 1) {
            throw new IllegalArgumentException("dataSchemaVersion starts at 1");
        }
    }
}
