package be.buurtwijzer.plugins.testing;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import org.pf4j.Extension;

/** Requires platform API 9: must be refused with that reason. */
@Extension
public class FutureInstrument implements Instrument {
    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(new Text("Toekomst", "Future"), new Text("test", "test"), "vaadin:clock", "test",
                List.of(), 1);
    }
}
