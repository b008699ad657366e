package be.buurtwijzer.plugins.testing;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** Stores notes about residents without saying so: the platform refuses to publish it. */
@Extension
public class UndeclaredInstrument implements Instrument {

    public record Resident(String name, String phone) {
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(new Text("Onverklaard", "Undeclared"), new Text("test", "test"), "vaadin:user",
                "test", List.of(new PermissionSpec("undeclared.use", new Text("gebruiken", "use"),
                        Set.of(MemberRole.values()))), 1);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(new RecordKind<>("resident", Resident.class, "undeclared.use", "undeclared.use"));
    }
}
