package be.buurtwijzer.plugin.ui;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import com.vaadin.flow.component.Component;

/**
 * A page of the instrument in the workspace. The host registers it under
 * {@code /<municipality>/instrument/<plugin>/<route>}, shows it in the navigation of municipalities
 * that enabled the instrument to users with {@code permission}, and renders what {@link Factory}
 * builds inside a guard: a view that fails is replaced by an error panel, the rest keeps working.
 * <p>
 * Views are composed in Java from vaadin-core components (inline styles, theme variants and
 * listeners are fine); {@code @CssImport}, {@code @JsModule}, templates and theme folders in a
 * plugin never reach the browser.
 * <p>
 * A page stays open while its user's rights change. Its context therefore checks them again at
 * every read, and it changes data only through {@link InstrumentContext#call(String, Object)}: the
 * same operation, permission and checks as the REST API, at the moment of the click.
 */
public record ViewSpec(String route, Text title, String permission, Factory factory) {

    /** Builds the view for one user in one municipality; keep a reference to the context, not to statics. */
    @FunctionalInterface
    public interface Factory {
        Component create(InstrumentContext context);
    }
}
