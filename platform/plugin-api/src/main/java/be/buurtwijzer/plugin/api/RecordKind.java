package be.buurtwijzer.plugin.api;

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
 */
public record RecordKind<T>(String name, Class<T> type, String readPermission, String writePermission,
        Validator<T> validator) {

    /** A kind whose documents only have to fit {@code type}. */
    public RecordKind(String name, Class<T> type, String readPermission, String writePermission) {
        this(name, type, readPermission, writePermission, null);
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
