package be.buurtwijzer.plugins.testing;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Release 1.2.0: schema version 3 whose migration fails on the third record it migrates (after two
 * succeeded), so the upgrade must roll back all of them, whichever municipality they belong to.
 */
@Extension
public class Notes implements Instrument {

    public record Note(String text, Integer words) {
    }

    public record Version(String version) {
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(new Text("Notities", "Notes"), new Text("test", "test"), "vaadin:notebook",
                "test", List.of(new PermissionSpec("notes.use", new Text("gebruiken", "use"), Set.of(MemberRole.values()))), 3);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(new RecordKind<>("note", Note.class, "notes.use", "notes.use").withPersonalData(be.buurtwijzer.plugin.api.privacy.PersonalData.none()));
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(new OperationSpec<>("version", new Text("versie", "version"), Version.class, "notes.use",
                (c, in) -> new Version("1.2.0")));
    }

    private static final java.util.concurrent.atomic.AtomicInteger MIGRATED = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public JsonObject migrateRecord(String kind, int fromVersion, JsonObject document) {
        if (MIGRATED.incrementAndGet() >= 3) {
            throw new IllegalStateException("test plugin: this migration fails on purpose at its third record");
        }
        return Json.createObjectBuilder(document).add("words", -1).build();
    }
}
