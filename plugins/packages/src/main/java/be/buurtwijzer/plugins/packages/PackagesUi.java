package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.ui.DashboardCardSpec;
import be.buurtwijzer.plugin.ui.InstrumentUi;
import be.buurtwijzer.plugin.ui.ViewSpec;
import java.util.List;
import org.pf4j.Extension;

/** The workspace pages and home card of the activity-packages planner. */
@Extension
public class PackagesUi implements InstrumentUi {

    @Override
    public List<ViewSpec> views() {
        return List.of(new ViewSpec("plans", PackagesInstrument.NAME, PackagesInstrument.READ, PlannerView::new));
    }

    @Override
    public DashboardCardSpec dashboardCard() {
        return new DashboardCardSpec(PackagesInstrument.NAME, PackagesInstrument.READ, PlannerView::card);
    }
}
