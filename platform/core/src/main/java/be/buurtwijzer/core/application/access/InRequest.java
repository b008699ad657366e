package be.buurtwijzer.core.application.access;

import jakarta.enterprise.context.ContextNotActiveException;
import java.util.function.Supplier;

/**
 * The request-scoped memo ({@link RequestMemo}) asked outside a request (scheduled work, the
 * start): nothing is remembered and nothing is found, so every check reads.
 */
public final class InRequest {

    private InRequest() {
    }

    public static void run(Runnable work) {
        try {
            work.run();
        } catch (ContextNotActiveException noRequest) {
            // outside a request nothing later would look for it
        }
    }

    public static <T> T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
