package be.buurtwijzer.core.infrastructure.plugins;

import java.lang.management.ManagementFactory;

/**
 * How much heap one thread allocated since a mark: the measure of a call into a plugin that keeps allocating (a
 * runaway loop filling a list). HotSpot counts it per thread at no cost worth measuring; on a JVM that does not,
 * {@link #supported()} is false and nothing is bounded.
 */
public final class CallAllocation {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private CallAllocation() {
    }

    private static com.sun.management.ThreadMXBean threads() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                    && bean.isThreadAllocatedMemorySupported()) {
                bean.setThreadAllocatedMemoryEnabled(true);
                return bean;
            }
        } catch (UnsupportedOperationException | SecurityException e) {
            // no measure on this JVM
        }
        return null;
    }

    public static boolean supported() {
        return THREADS != null;
    }

    /** Bytes this thread allocated so far (a mark), or -1 without a measure. */
    public static long allocatedBy(Thread thread) {
        return THREADS == null ? -1 : THREADS.getThreadAllocatedBytes(thread.threadId());
    }
}
