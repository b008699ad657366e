package be.buurtwijzer.plugin.api;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Everything a plugin may reach during one call, already scoped to one municipality, one user and
 * this plugin. Nothing in it leads to another municipality or another plugin's data.
 */
public interface InstrumentContext {

    TenantInfo tenant();

    UserInfo user();

    /** The language of this call: the user's choice, else the municipality's default. */
    Locale locale();

    /**
     * This plugin's documents in this municipality. In a view's context every read checks the
     * user's rights at that moment and writes are refused: views change data through
     * {@link #call(String, Object)}.
     */
    RecordStore records();

    /** Read access to the municipality's shared register. */
    RegisterReader register();

    Clock clock();

    /**
     * The value a platform administrator set for one of this plugin's {@link Instrument#settings()} (since 1.3), as
     * JSON; empty when none is set.
     */
    default java.util.Optional<String> setting(String key) {
        return java.util.Optional.empty();
    }

    /**
     * The consents given for this plugin's purposes in this municipality (since 1.3). In a view's context it
     * only answers {@code isGiven}: giving and withdrawing are changes, made through an operation.
     */
    default be.buurtwijzer.plugin.api.privacy.ConsentRegister consents() {
        throw new UnsupportedOperationException("consents need platform API 1.3");
    }

    /** A logger whose records carry the plugin id. */
    Logger logger();

    /**
     * Other instruments' report fragments (since 1.4), rendered by the platform with this user's rights in
     * them and only where this municipality has them on.
     */
    default be.buurtwijzer.plugin.api.files.FileStore files() {
        throw new UnsupportedOperationException("files need platform API 1.4");
    }

    default be.buurtwijzer.plugin.api.report.ReportFragments fragments() {
        throw new UnsupportedOperationException("report fragments need platform API 1.4");
    }

    /**
     * The municipality's own logo as a PNG (at most 600 × 240 pixels), for the exports people print
     * and send; empty when it has none (since 1.5).
     */
    default java.util.Optional<byte[]> logo() {
        return java.util.Optional.empty();
    }

    /**
     * The tables of a CSV export as an Excel workbook (XLSX), the form a Belgian office opens without
     * asking about separators or encodings: one sheet, a bold header per table, figures as numbers
     * (since 1.5). The platform writes it, so an instrument needs no spreadsheet library of its own.
     */
    default byte[] spreadsheet(Csv table, String sheetName) {
        throw new UnsupportedOperationException("spreadsheets need platform API 1.5");
    }

    /**
     * Runs one of this instrument's own operations as the user of this context, with the checks the
     * REST API makes, at this very moment: still a member, the role, the municipality active, the
     * instrument subscribed and enabled, the operation's permission; and the input is read as the
     * API reads a request body (strict JSON, text without control characters, NFC). A view changes
     * data only this way: its {@link #records()} are read-only, because a page stays open while its
     * user's rights change (since 1.2).
     * <p>
     * Refusals the user can correct come back as {@link InstrumentException} (as the operation threw
     * them, or {@code INVALID_INPUT} naming the field the platform refused). A refusal because the
     * user may no longer do this is the platform's own exception: let it pass, the workspace shows it.
     *
     * @return what the operation's handler returned
     */
    Object call(String operation, Object input);

    /** {@link #call(String, Object)} with the result cast to the operation's output type. */
    default <O> O call(String operation, Object input, Class<O> output) {
        return output.cast(call(operation, input));
    }

    /** The text in this user's language. */
    default String text(Text text) {
        return text.in(locale());
    }

    /** The Dutch or the English sentence, in this user's language (since 2.0). */
    default String text(String nl, String en) {
        return Text.pick(locale(), nl, en);
    }

    record TenantInfo(String slug, String name, Locale defaultLocale) {
    }

    /** In a view's context the role and permissions are read anew at every call. */
    record UserInfo(String id, String displayName, MemberRole role, Set<String> permissions) {
        public boolean has(String permission) {
            return permissions.contains(permission);
        }
    }
}
