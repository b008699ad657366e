package be.buurtwijzer.plugins.testing;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** Release 1.0.0: notes with a text; schema version 1. */
@Extension
public class Notes implements Instrument {

    public record Note(String text) {
    }

    public record Version(String version) {
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(new Text("Notities", "Notes"), new Text("test", "test"), "vaadin:notebook",
                "test", List.of(new PermissionSpec("notes.use", new Text("gebruiken", "use"), Set.of(MemberRole.values()))), 1);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(new RecordKind<>("note", Note.class, "notes.use", "notes.use").withPersonalData(be.buurtwijzer.plugin.api.privacy.PersonalData.none()));
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(new OperationSpec<>("version", new Text("versie", "version"), Version.class, "notes.use",
                (c, in) -> new Version("1.0.0")));
    }
}
