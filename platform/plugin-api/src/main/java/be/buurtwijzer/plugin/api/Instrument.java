package be.buurtwijzer.plugin.api;

import jakarta.json.JsonObject;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The extension point every instrument plugin implements once (annotated with PF4J's
 * {@code @Extension}). Keep it free of state: the platform loads a plugin once per JVM and calls
 * it for every municipality, handing each call an {@link InstrumentContext} for that
 * municipality, user and plugin.
 * <p>
 * This contract carries no UI types. An instrument's workspace pages and home card are a second
 * extension in the same plugin, {@code be.buurtwijzer.plugin.ui.InstrumentUi} from the module
 * {@code plugin-ui-api}, with its own version (since 2.0; before, {@code views()} and
 * {@code dashboardCard()} were methods here).
 */
public interface Instrument extends ExtensionPoint {

    InstrumentDescriptor descriptor();

    default List<OperationSpec<?, ?>> operations() {
        return List.of();
    }

    default List<ExportSpec> exports() {
        return List.of();
    }

    default List<RecordKind<?>> recordKinds() {
        return List.of();
    }

    /**
     * What in this municipality's work with the instrument asks a person to act (since 1.6): the seed's
     * warnings and signals, listed on the home page with a link to the page where they are acted on.
     * Keep it quick: it runs for every enabled instrument whenever someone opens the home page.
     */
    default Attention.Spec attention() {
        return null;
    }

    /**
     * Brings one stored document from {@code fromVersion} to the next schema version. Called by
     * the platform for every record older than {@link InstrumentDescriptor#dataSchemaVersion()}
     * when a new release starts; a failure keeps the previous release active.
     */
    default JsonObject migrateRecord(String kind, int fromVersion, JsonObject document) {
        throw new UnsupportedOperationException("no migration from schema version " + fromVersion);
    }

    /** Report templates this instrument offers, e.g. as a template pack (since 1.4). */
    default List<be.buurtwijzer.plugin.api.report.ReportTemplateSpec> reportTemplates() {
        return List.of();
    }

    /** The kinds of files this instrument keeps through the platform (since 1.4); see {@link be.buurtwijzer.plugin.api.files.FileKind}. */
    default List<be.buurtwijzer.plugin.api.files.FileKind> fileKinds() {
        return List.of();
    }

    /** Pieces of this instrument's content that other instruments may put in a report (since 1.4). */
    default List<be.buurtwijzer.plugin.api.report.ReportFragmentSpec> reportFragments() {
        return List.of();
    }

    /** The values a platform administrator may set for this plugin (since 1.3); see {@link SettingSpec}. */
    default List<SettingSpec> settings() {
        return List.of();
    }

    /**
     * Finds, exports and erases what this plugin holds about a person (since 1.3). Required when a record
     * kind declares personal data ({@link RecordKind#personalData()}); null otherwise.
     */
    default be.buurtwijzer.plugin.api.privacy.PrivacyProvider privacy() {
        return null;
    }
}
