package be.buurtwijzer.core.infrastructure.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginThreadsTest {

    @TempDir
    Path jar;

    /** A "plugin" whose own jar holds the class org.example.plugin.Leaky; everything else comes from the platform. */
    private ClassLoader plugin() throws Exception {
        Path clazz = jar.resolve("org/example/plugin/Leaky.class");
        Files.createDirectories(clazz.getParent());
        Files.write(clazz, new byte[] {1});
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    }

    private static StackTraceElement frame(String className) {
        return new StackTraceElement(className, "run", className + ".java", 1);
    }

    @Test
    void aStackRunningAClassOfThePluginsOwnJarIsThePlugins() throws Exception {
        assertTrue(PluginThreads.runsCodeOfOrOnlyJdk(plugin(), new StackTraceElement[] {
                frame("java.lang.Thread"), frame("org.example.plugin.Leaky"), frame("java.lang.Thread")}));
    }

    @Test
    void aStackOfOnlyTheJdkIsAnIdlePoolOrAThreadNotYetRunning() throws Exception {
        assertTrue(PluginThreads.runsCodeOfOrOnlyJdk(plugin(), new StackTraceElement[] {
                frame("jdk.internal.misc.Unsafe"), frame("java.util.concurrent.ThreadPoolExecutor$Worker")}));
        assertTrue(PluginThreads.runsCodeOfOrOnlyJdk(plugin(), new StackTraceElement[0]));
    }

    @Test
    void aStackOfThePlatformsCodeIsNotThePlugins() throws Exception {
        assertFalse(PluginThreads.runsCodeOfOrOnlyJdk(plugin(), new StackTraceElement[] {
                frame("java.lang.Thread"), frame(PluginThreadsTest.class.getName())}));
    }

    @Test
    void onlyThreadsCreatedDuringTheCallAndStillAliveCount() throws Exception {
        ClassLoader plugin = plugin();
        Set<Thread> before = PluginThreads.live();
        CountDownLatch stop = new CountDownLatch(1);
        PluginThreads.Creations creations = new PluginThreads.Creations();
        Thread left = PluginThreads.countCreations(creations, () -> {
            Thread ended = new Thread(() -> { }, "ended");
            ended.start();
            ended.join();
            Thread idle = new Thread(() -> await(stop), "left-running");
            idle.start();
            return idle;
        });
        try {
            assertEquals(2, creations.count(), "both threads the work created are counted, the ended one too");
            assertEquals(List.of(), PluginThreads.leftBy(new PluginThreads.Creations(), before, Set.of(), plugin),
                    "a call that created no thread leaves none, whatever else started meanwhile");
            assertEquals(List.of(), PluginThreads.leftBy(creations, PluginThreads.live(), Set.of(), plugin),
                    "a thread alive before the call is not the call's");
        } finally {
            stop.countDown();
            left.join();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
