package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.ui.DashboardCardSpec;
import be.buurtwijzer.plugin.ui.InstrumentUi;
import be.buurtwijzer.plugin.ui.ViewSpec;
import java.util.List;
import org.pf4j.Extension;

/** The workspace pages and home card of the volunteer policy. */
@Extension
public class VolunteersUi implements InstrumentUi {

    @Override
    public List<ViewSpec> views() {
        return List.of(new ViewSpec("policy", VolunteersInstrument.NAME, VolunteersInstrument.READ, VolunteersView::new));
    }

    @Override
    public DashboardCardSpec dashboardCard() {
        return new DashboardCardSpec(VolunteersInstrument.NAME, VolunteersInstrument.READ, VolunteersView::card);
    }
}
