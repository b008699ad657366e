package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.ConflictException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.domain.instruments.PluginHealth;
import be.buurtwijzer.core.infrastructure.plugins.CallAllocation;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import be.buurtwijzer.core.infrastructure.plugins.PluginThreads;
import be.buurtwijzer.plugin.api.InstrumentException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every call into plugin code goes through here: on a managed thread, with a time limit and a limit on what one
 * call may allocate. A failure is logged with the plugin id and a reference, counted, and answered with a clear
 * message; it never reaches other plugins or municipalities. Threads a call leaves running are interrupted and
 * reported, and a plugin that leaves more than a few is stopped on this node ({@link PluginThreads}). The thread's
 * context class loader stays the application's: the server finds its JSON-B provider (and more) through it.
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

    @Inject
    @ConfigProperty(name = "buurtwijzer.plugin.call-memory-mb", defaultValue = "512")
    int callMemoryMb;

    @Inject
    @ConfigProperty(name = "buurtwijzer.plugin.max-threads", defaultValue = "4")
    int maxThreads;

    /** How often a running call's allocation is looked at. */
    private static final long WATCH_MILLIS = 50;

    /** The threads running a call into a plugin right now (also one past its time limit that has not ended yet). */
    private final Set<Thread> working = ConcurrentHashMap.newKeySet();

    /** Per plugin, the threads its calls left running that had not ended when last looked at. */
    private final Map<String, Set<Thread>> leftRunning = new ConcurrentHashMap<>();

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
        ClassLoader loader = runtime.loaderOf(pluginId).orElse(null);
        Set<Thread> before = loader == null ? Set.of() : PluginThreads.live();
        Worker<T> worker = new Worker<>(work, working);
        Future<T> future = executor.submit(worker);
        try {
            try {
                return await(future, worker);
            } catch (TimeoutException | OverAllocation e) {
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
        } catch (OverAllocation e) {
            future.cancel(true);
            String reference = record(pluginId, what, "allocated more than " + callMemoryMb + " MB in one call", null);
            throw new PluginFailureException("The instrument '" + instrumentName + "' used more memory than one call "
                    + "may (" + callMemoryMb + " MB) and was stopped. Nothing else was affected. Reference: "
                    + reference + ".", PluginFailureException.Kind.FAILED).withCode("plugin-memory", instrumentName,
                    callMemoryMb, reference);
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
        } finally {
            threadsLeftRunning(pluginId, what, loader, before, worker.creations);
            nearTheMemoryLimit(pluginId, what, worker.total);
        }
    }

    /** The answer within the time limit, watching what the call allocates while it runs. */
    private <T> T await(Future<T> future, Worker<T> worker)
            throws TimeoutException, OverAllocation, InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long budget = callMemoryMb * 1024L * 1024L;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            try {
                return future.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(WATCH_MILLIS)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillRunning) {
                if (worker.allocated() > budget) {
                    throw new OverAllocation();
                }
            }
        }
    }

    /** A call that ended within the limit but used more than half of it: worth knowing before it is refused. */
    private void nearTheMemoryLimit(String pluginId, String what, long allocated) {
        long limit = callMemoryMb * 1024L * 1024L;
        if (allocated > limit / 2 && allocated <= limit) {
            LOG.info("Plugin " + pluginId + " allocated " + allocated / (1024 * 1024) + " MB in " + what
                    + "; one call may allocate " + callMemoryMb + " MB (BUURTWIJZER_PLUGIN_CALL_MEMORY_MB).");
        }
    }

    /**
     * Threads the call started that are still alive: interrupted and reported. The plugin's threads still alive from
     * earlier calls count too, and more than the allowed number stop the plugin on this node.
     */
    private void threadsLeftRunning(String pluginId, String what, ClassLoader loader, Set<Thread> before,
            PluginThreads.Creations creations) {
        if (loader == null) {
            return;
        }
        List<Thread> started = PluginThreads.leftBy(creations, before, working, loader);
        Set<Thread> alive = leftRunning.computeIfAbsent(pluginId, id -> ConcurrentHashMap.newKeySet());
        alive.removeIf(thread -> !thread.isAlive());
        if (started.isEmpty()) {
            return;
        }
        started.forEach(Thread::interrupt);
        alive.addAll(started);
        record(pluginId, what, "left " + started.size() + " thread(s) running after the call ("
                + PluginThreads.names(started) + "); they were interrupted", null);
        alive.removeIf(thread -> !thread.isAlive());
        if (alive.size() > maxThreads) {
            leftRunning.remove(pluginId);
            runtime.contain(pluginId, "Stopped on this server: it left " + alive.size() + " threads running, more than "
                    + "the " + maxThreads + " allowed. It starts again with a new release or a restart of the server.");
        }
    }

    /** A call into a plugin on the executor's thread, measured from its start. */
    private static final class Worker<T> implements Callable<T> {
        private final Callable<T> work;
        private final Set<Thread> working;
        private final PluginThreads.Creations creations = new PluginThreads.Creations();
        private volatile long mark = -1;
        private volatile long total = -1;
        private volatile Thread thread;

        Worker(Callable<T> work, Set<Thread> working) {
            this.work = work;
            this.working = working;
        }

        @Override
        public T call() throws Exception {
            Thread current = Thread.currentThread();
            mark = CallAllocation.allocatedBy(current);
            thread = current;
            working.add(current);
            try {
                return PluginThreads.countCreations(creations, work);
            } finally {
                total = mark < 0 ? -1 : CallAllocation.allocatedBy(current) - mark;
                working.remove(current);
            }
        }

        /** Bytes allocated by the call so far; 0 before it runs or without a measure. */
        long allocated() {
            Thread running = thread;
            long start = mark;
            return running == null || start < 0 ? 0 : CallAllocation.allocatedBy(running) - start;
        }
    }

    private static final class OverAllocation extends Exception {
        OverAllocation() {
            super(null, null, false, false);
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
