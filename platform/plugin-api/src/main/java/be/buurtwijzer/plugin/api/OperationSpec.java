package be.buurtwijzer.plugin.api;

import java.lang.reflect.Type;

/**
 * A named command with typed JSON input and output. The platform reads the request body into
 * {@code input} strictly (wrong types, numbers out of range, control characters are refused naming
 * the field), checks {@code permission}, calls {@link #handler} inside a guard (time limit,
 * failure counting) and writes the result as JSON.
 * <p>
 * {@code output} (since 1.2) is the type the handler returns, e.g. {@code Payloads.WebDetails.class} or
 * {@link Types#listOf}: the platform publishes the input's and the output's schema in its OpenAPI
 * document of the instruments. Null when not declared.
 */
public record OperationSpec<I, O>(String name, Text label, Class<I> input, Type output, String permission,
        Handler<I, O> handler) {

    /** An operation whose output type is not published (API 1.0 and 1.1). */
    public OperationSpec(String name, Text label, Class<I> input, String permission, Handler<I, O> handler) {
        this(name, label, input, null, permission, handler);
    }

    @FunctionalInterface
    public interface Handler<I, O> {
        O handle(InstrumentContext context, I input);
    }

    public O call(InstrumentContext context, Object input) {
        return handler.handle(context, this.input.cast(input));
    }
}
