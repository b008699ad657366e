package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.domain.instruments.PluginHealth;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import be.buurtwijzer.plugin.api.InstrumentException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every call into plugin code goes through here: on a managed thread, with a time limit. A
 * failure is logged with the plugin id and a reference, counted, and answered with a clear message;
 * it never reaches other plugins or municipalities.
 */
@ApplicationScoped
public class PluginGuard {

    private static final Logger LOG = Logger.getLogger(PluginGuard.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    PluginRuntime runtime;

    @Inject
    OperationTransaction transaction;

    @Inject
    @ConfigProperty(name = "buurtwijzer.plugin.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    public <T> T call(String pluginId, String instrumentName, String what, Callable<T> work) {
        return call(pluginId, instrumentName, what, work, null);
    }

    /** Like {@link #call}, in one transaction that commits only if the work answers within the time limit. */
    public <T> T callInOneTransaction(String pluginId, String instrumentName, String what, Callable<T> work) {
        OperationAttempt attempt = new OperationAttempt();
        return call(pluginId, instrumentName, what, () -> transaction.run(work, attempt), attempt);
    }

    private <T> T call(String pluginId, String instrumentName, String what, Callable<T> work, OperationAttempt attempt) {
        PluginHealth health = runtime.health();
        health.called(pluginId);
        Future<T> future = executor.submit(work);
        try {
            try {
                return future.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (attempt != null && !attempt.abandon()) {
                    return future.get(); // it answered in time and is committing: its answer stands
                }
                throw e;
            }
        } catch (TimeoutException e) {
            future.cancel(true);
            String reference = record(pluginId, what, "did not answer within " + timeoutSeconds + " s", null);
            throw new PluginFailureException("The instrument '" + instrumentName + "' did not answer within "
                    + timeoutSeconds + " seconds and was stopped. Nothing else was affected. Reference: " + reference
                    + ".", PluginFailureException.Kind.TIMED_OUT).withCode("plugin-timeout", instrumentName,
                    timeoutSeconds, reference);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginFailureException("The call to '" + instrumentName + "' was interrupted.", PluginFailureException.Kind.FAILED);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InstrumentException refusal) {
                throw translate(refusal);
            }
            if (cause instanceof ApplicationException platformRefusal) {
                throw platformRefusal;
            }
            if (cause instanceof TransactionalException && cause.getCause() instanceof RollbackException) {
                throw new ConflictException("The change of '" + instrumentName + "' could not be saved as a whole, "
                        + "so nothing of it was saved. Try again.");
            }
            String reference = record(pluginId, what, PluginRuntime.describe(cause), cause);
            throw new PluginFailureException("The instrument '" + instrumentName + "' failed while handling this "
                    + "request; nothing else was affected and the failure was reported to the platform administrators. "
                    + "Reference: " + reference + ".", PluginFailureException.Kind.FAILED).withCode("plugin-failed",
                    instrumentName, reference);
        }
    }

    /** Counts and logs a failure of plugin code that had to run on the caller's thread (views); returns the reference. */
    public String failed(String pluginId, String what, Throwable cause) {
        runtime.health().called(pluginId);
        return record(pluginId, what, PluginRuntime.describe(cause), cause);
    }

    /** A stored document the plugin cannot use: left out of the call, reported once per reading. */
    public void unreadable(String pluginId, String kind, String recordId, Throwable cause) {
        String message = "stored " + kind + " " + recordId + " does not fit the instrument and was skipped: "
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Plugin " + pluginId + ": " + message + " (reference " + reference + ")");
        runtime.health().failed(pluginId, new PluginHealth.Failure(Instant.now(), "reading " + kind, message, reference));
    }

    private String record(String pluginId, String what, String message, Throwable cause) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Plugin " + pluginId + " failed in " + what + " (reference " + reference + "): "
                + message, cause);
        runtime.health().failed(pluginId, new PluginHealth.Failure(Instant.now(), what, message, reference));
        return reference;
    }

    private static ApplicationException translate(InstrumentException e) {
        return switch (e.kind()) {
            case INVALID_INPUT -> InvalidInputException.of(e.field() == null ? "body" : e.field(), e.getMessage());
            case NOT_FOUND -> new NotFoundException("entry", e.getMessage());
            case CONFLICT -> new ConflictException(e.getMessage(), e.field());
        };
    }
}
