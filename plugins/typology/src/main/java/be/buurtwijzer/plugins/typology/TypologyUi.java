package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.ui.DashboardCardSpec;
import be.buurtwijzer.plugin.ui.InstrumentUi;
import be.buurtwijzer.plugin.ui.ViewSpec;
import java.util.List;
import org.pf4j.Extension;

/** The workspace pages and home card of the typology. */
@Extension
public class TypologyUi implements InstrumentUi {

    @Override
    public List<ViewSpec> views() {
        return List.of(new ViewSpec("initiatives", TypologyInstrument.NAME, TypologyInstrument.READ, TypologyView::new));
    }

    @Override
    public DashboardCardSpec dashboardCard() {
        return new DashboardCardSpec(new Text("Typologie", "Typology"), TypologyInstrument.READ, TypologyView::card);
    }
}
