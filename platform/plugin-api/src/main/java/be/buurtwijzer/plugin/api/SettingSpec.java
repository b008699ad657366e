package be.buurtwijzer.plugin.api;

/**
 * A value a platform administrator sets for a plugin, the same for every municipality, without a new release
 * (since 1.3): e.g. legal amounts that change every year. The value is a JSON document; the plugin says what
 * it must look like and reads it with {@link InstrumentContext#setting(String)}.
 *
 * @param example a JSON document that shows the form, for the administrator
 */
public record SettingSpec(String key, Text label, Text description, String example, Validator validator) {

    @FunctionalInterface
    public interface Validator {
        /** Why this JSON cannot be used, in words for the administrator; null when it can. */
        String problem(String json);
    }
}
