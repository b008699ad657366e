package be.buurtwijzer.plugin.ui;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The workspace pages and home card of an instrument, beside its {@link be.buurtwijzer.plugin.api.Instrument}
 * in the same plugin (annotated with PF4J's {@code @Extension}). Optional: a plugin without it is used
 * through the REST API and by other instruments only. The platform pairs the two by plugin; like the
 * instrument, keep it free of state.
 * <p>
 * This contract has its own version ({@link PluginUiApi#VERSION}), because it carries Vaadin types: a
 * plugin that implements it states its range in the manifest as {@code Plugin-Requires-UI}.
 */
public interface InstrumentUi extends ExtensionPoint {

    /** The instrument's pages in the workspace (see {@link ViewSpec}). */
    default List<ViewSpec> views() {
        return List.of();
    }

    /** An optional card for the home dashboard; null for none. */
    default DashboardCardSpec dashboardCard() {
        return null;
    }
}
