package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.ui.DashboardCardSpec;
import be.buurtwijzer.plugin.ui.InstrumentUi;
import be.buurtwijzer.plugin.ui.ViewSpec;
import java.util.List;
import org.pf4j.Extension;

/** The workspace pages and home card of the ecosystem spider web. */
@Extension
public class SpiderWebUi implements InstrumentUi {

    @Override
    public List<ViewSpec> views() {
        return List.of(new ViewSpec("webs", SpiderWebInstrument.NAME, SpiderWebInstrument.READ, SpiderWebView::new));
    }

    @Override
    public DashboardCardSpec dashboardCard() {
        return new DashboardCardSpec(SpiderWebInstrument.NAME, SpiderWebInstrument.READ, SpiderWebView::card);
    }
}
