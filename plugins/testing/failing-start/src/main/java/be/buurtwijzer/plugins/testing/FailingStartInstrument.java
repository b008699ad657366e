package be.buurtwijzer.plugins.testing;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import org.pf4j.Extension;

@Extension
public class FailingStartInstrument implements Instrument {
    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(new Text("Faalt bij start", "Fails at start"), new Text("test", "test"),
                "vaadin:bug", "test", List.of(), 1);
    }
}
