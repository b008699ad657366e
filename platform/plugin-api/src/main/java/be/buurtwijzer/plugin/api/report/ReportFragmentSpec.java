package be.buurtwijzer.plugin.api.report;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import java.util.Map;

/**
 * A named piece of an instrument's content that another instrument may put in a report (since 1.4): the
 * typology's portfolio, a spider web at a snapshot, a package plan, the volunteer figures. The platform renders
 * it on behalf of the asking instrument, in this instrument's own context and with the asking user's rights in
 * this instrument ({@code permission}); it is never rendered for a municipality that has this instrument off.
 * A fragment is data and pictures, never HTML: each report format lays it out itself.
 *
 * @param parameters the names of the parameters the fragment understands (e.g. {@code webId}), for the report
 *     editor; the renderer chooses a sensible default for a missing one (e.g. the most recent web)
 */
public record ReportFragmentSpec(String name, Text title, Text description, String permission, List<String> parameters,
        Renderer renderer) {

    public ReportFragmentSpec {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** Renders the fragment; throws {@link be.buurtwijzer.plugin.api.InstrumentException} NOT_FOUND for an unknown id. */
    @FunctionalInterface
    public interface Renderer {
        ReportFragment render(InstrumentContext context, Map<String, String> parameters);
    }
}
