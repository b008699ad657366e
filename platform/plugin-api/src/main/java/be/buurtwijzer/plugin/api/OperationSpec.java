package be.buurtwijzer.plugin.api;

/**
 * A named command with typed JSON input and output. The platform reads the request body into
 * {@code input} with JSON-B, checks {@code permission}, calls {@link #handler} inside a guard
 * (time limit, failure counting) and writes the result as JSON.
 */
public record OperationSpec<I, O>(String name, Text label, Class<I> input, String permission, Handler<I, O> handler) {

    @FunctionalInterface
    public interface Handler<I, O> {
        O handle(InstrumentContext context, I input);
    }

    public O call(InstrumentContext context, Object input) {
        return handler.handle(context, this.input.cast(input));
    }
}
