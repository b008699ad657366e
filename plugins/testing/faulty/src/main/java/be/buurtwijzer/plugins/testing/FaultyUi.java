package be.buurtwijzer.plugins.testing;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.ui.InstrumentUi;
import be.buurtwijzer.plugin.ui.ViewSpec;
import java.util.List;
import org.pf4j.Extension;

/** The workspace page of the faulty test plugin, which fails on purpose. */
@Extension
public class FaultyUi implements InstrumentUi {

    @Override
    public List<ViewSpec> views() {
        return List.of(new ViewSpec("broken", new Text("Kapotte pagina", "Broken page"), "faulty.use", context -> {
            throw new IllegalStateException("test plugin: view failing on purpose");
        }));
    }
}
