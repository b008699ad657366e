package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.ui.DashboardCardSpec;
import be.buurtwijzer.plugin.ui.InstrumentUi;
import be.buurtwijzer.plugin.ui.ViewSpec;
import java.util.List;
import org.pf4j.Extension;

/** The workspace pages and home card of the documentation instrument. */
@Extension
public class LogbookUi implements InstrumentUi {

    @Override
    public List<ViewSpec> views() {
        return List.of(new ViewSpec("entries", LogbookInstrument.NAME, LogbookInstrument.READ, DocumentationView::new));
    }

    @Override
    public DashboardCardSpec dashboardCard() {
        return new DashboardCardSpec(LogbookInstrument.NAME, LogbookInstrument.READ, LogbookView::card);
    }
}
