package be.buurtwijzer.core.infrastructure.plugins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The threads a plugin's code started and left running. The call counts the threads its thread creates
 * ({@link #countCreations}); after the call, the threads that appeared meanwhile and are still alive are the
 * plugin's when they run a class of the plugin's own jar, or nothing but the JDK (an idle pool the plugin made,
 * or a thread not yet running). The server's own pool threads are never counted: they run plugin code only
 * inside a guarded call or a page, and are the server's to manage. Virtual threads are not listed by the JVM.
 */
public final class PluginThreads {

    /** How many threads a call's thread (and the threads it started) created while it ran. */
    public static final class Creations {
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        public int count() {
            return count.get();
        }
    }

    private static final InheritableThreadLocal<Creations> CREATIONS = new InheritableThreadLocal<>() {
        @Override
        protected Creations childValue(Creations parent) {
            // called on the creating thread, while the new thread is being constructed
            if (parent != null) {
                parent.count.incrementAndGet();
            }
            return parent;
        }
    };

    /** Runs work counting the threads it creates. */
    public static <T> T countCreations(Creations creations, java.util.concurrent.Callable<T> work) throws Exception {
        CREATIONS.set(creations);
        try {
            return work.call();
        } finally {
            CREATIONS.remove();
        }
    }

    /** Liberty's pool threads (requests, managed executors) carry this name. */
    private static final String SERVER_POOL = "Default Executor-thread-";

    private PluginThreads() {
    }

    /** The live platform threads now: the mark before a call. */
    public static Set<Thread> live() {
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        Collections.addAll(threads, all());
        return threads;
    }

    /**
     * The threads a call left running: alive now, not {@code before} it, not {@code except}ed (calls still running),
     * not the server's, running the plugin's code or only the JDK's; at most as many as the call created.
     */
    public static List<Thread> leftBy(Creations creations, Set<Thread> before, Set<Thread> except, ClassLoader plugin) {
        List<Thread> found = new ArrayList<>();
        if (creations.count() == 0) {
            return found;
        }
        for (Thread thread : all()) {
            if (found.size() < creations.count() && !before.contains(thread) && !except.contains(thread)
                    && thread.isAlive() && !thread.getName().startsWith(SERVER_POOL)
                    && runsCodeOfOrOnlyJdk(plugin, thread.getStackTrace())) {
                found.add(thread);
            }
        }
        return found;
    }

    /** Whether the stack runs a class of the plugin's own jar, or nothing but the JDK. */
    static boolean runsCodeOfOrOnlyJdk(ClassLoader plugin, StackTraceElement[] stack) {
        ClassLoader platform = plugin.getParent();
        boolean onlyJdk = true;
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            String resource = name.replace('.', '/') + ".class";
            if (platform != null && platform.getResource(resource) == null && plugin.getResource(resource) != null) {
                return true;
            }
            onlyJdk &= name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.");
        }
        return onlyJdk;
    }

    /** Names for a message: at most five, then how many more. */
    public static String names(List<Thread> threads) {
        List<String> names = threads.stream().limit(5).map(Thread::getName).toList();
        return String.join(", ", names) + (threads.size() > 5 ? " and " + (threads.size() - 5) + " more" : "");
    }

    private static Thread[] all() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 64];
        int count = root.enumerate(threads, true);
        return java.util.Arrays.copyOf(threads, count);
    }
}
