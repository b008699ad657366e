package be.buurtwijzer.plugin.api;

import be.buurtwijzer.plugin.api.privacy.PersonalData;

/**
 * A kind of document the plugin stores, read and written as {@code type} with JSON-B.
 * {@code readPermission} and {@code writePermission} guard the generic record endpoints.
 * <p>
 * {@code validator} (since 1.2) is the kind's rule for a well-formed document. The platform applies
 * it to every document written, whatever the path (an operation, the generic record endpoints, a
 * migration), and to every document read: a stored document that fails it is left out of lists and
 * not found, with a warning in the plugin's health, instead of failing the whole call. Keep it to
 * the document itself (required fields, ranges, references inside the document): the register
 * changes under stored documents, so references into it belong to the operations.
 * <p>
 * {@code personalData} (since 1.3) says what the kind's documents hold about people, if only that they
 * hold nothing ({@link PersonalData#none()}); see {@link #withPersonalData}.
 */
public record RecordKind<T>(String name, Class<T> type, String readPermission, String writePermission,
        Validator<T> validator, PersonalData personalData) {

    /** A kind whose documents only have to fit {@code type}. */
    public RecordKind(String name, Class<T> type, String readPermission, String writePermission) {
        this(name, type, readPermission, writePermission, null, null);
    }

    /** A kind with its rule (1.2; kept for plugins built against it). */
    public RecordKind(String name, Class<T> type, String readPermission, String writePermission,
            Validator<T> validator) {
        this(name, type, readPermission, writePermission, validator, null);
    }

    /** The same kind, saying what its documents hold about people. */
    public RecordKind<T> withPersonalData(PersonalData declared) {
        return new RecordKind<>(name, type, readPermission, writePermission, validator, declared);
    }

    @FunctionalInterface
    public interface Validator<T> {
        /** @throws InstrumentException of kind INVALID_INPUT naming the field, in the context's language */
        void check(T document, InstrumentContext context);
    }

    /** Checks a document of this kind (after it was read into {@code type}). */
    public void check(Object document, InstrumentContext context) {
        if (document == null) {
            throw InstrumentException.invalid("value", context.text(new Text("Het document is leeg.",
                    "The document is empty.")));
        }
        if (validator != null) {
            validator.check(type.cast(document), context);
        }
    }
}
