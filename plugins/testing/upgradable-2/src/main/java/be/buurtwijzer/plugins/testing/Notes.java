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

/** Release 1.1.0: notes also count their words; schema version 2, with a migration from 1. */
@Extension
public class Notes implements Instrument {

    public record Note(String text, Integer words) {
    }

    public record Version(String version) {
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(new Text("Notities", "Notes"), new Text("test", "test"), "vaadin:notebook",
                "test", List.of(new PermissionSpec("notes.use", new Text("gebruiken", "use"), Set.of(MemberRole.values()))), 2);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(new RecordKind<>("note", Note.class, "notes.use", "notes.use").withPersonalData(be.buurtwijzer.plugin.api.privacy.PersonalData.none()));
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(new OperationSpec<>("version", new Text("versie", "version"), Version.class, "notes.use",
                (c, in) -> new Version("1.1.0")));
    }

    @Override
    public JsonObject migrateRecord(String kind, int fromVersion, JsonObject document) {
        String text = document.getString("text", "");
        return Json.createObjectBuilder(document).add("words", text.isBlank() ? 0 : text.trim().split("\\s+").length)
                .build();
    }
}
