package be.buurtwijzer.plugins.testing;

import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Starts fine, then misbehaves on request: one operation throws, one never answers, and three write
 * notes before they fail, refuse or answer too late.
 */
@Extension
public class FaultyInstrument implements Instrument {

    public record Echo(String message) {
    }

    public record Note(String text) {
    }

    /** How many threads to start and leave running; stubborn ones ignore being interrupted. */
    public record Spawn(int count, boolean stubborn) {
    }

    /** How many megabytes to allocate in one call, in 1 MB pieces, keeping the last {@code keep} of them. */
    public record Hoard(int megabytes, int keep) {
    }

    /** How many notes to write before misbehaving, and how long to wait (ms) where that applies. */
    public record Writes(int count, long waitMillis) {
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(new Text("Foutief", "Faulty"), new Text("test", "test"), "vaadin:bug", "test",
                List.of(new PermissionSpec("faulty.use", new Text("gebruiken", "use"), Set.of(MemberRole.values()))), 1);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(new RecordKind<>("note", Note.class, "faulty.use", "faulty.use").withPersonalData(be.buurtwijzer.plugin.api.privacy.PersonalData.none()));
    }

    private static void write(InstrumentContext c, Writes in) {
        for (int i = 1; i <= in.count(); i++) {
            c.records().create("note", new Note("note " + i));
        }
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(
                new OperationSpec<>("write", new Text("schrijven", "write"), Writes.class, "faulty.use", (c, in) -> {
                    write(c, in);
                    return in;
                }),
                new OperationSpec<>("write-then-fail", new Text("schrijven en falen", "write then fail"), Writes.class,
                        "faulty.use", (c, in) -> {
                            write(c, in);
                            throw new IllegalStateException("test plugin: failing on purpose after its writes");
                        }),
                new OperationSpec<>("write-then-refuse", new Text("schrijven en weigeren", "write then refuse"),
                        Writes.class, "faulty.use", (c, in) -> {
                            write(c, in);
                            throw InstrumentException.invalid("count", "test plugin: refusing after its writes");
                        }),
                new OperationSpec<>("write-too-late", new Text("te laat schrijven", "write too late"), Writes.class,
                        "faulty.use", (c, in) -> {
                            write(c, in);
                            long until = System.currentTimeMillis() + in.waitMillis();
                            while (System.currentTimeMillis() < until) {
                                try {
                                    Thread.sleep(50);
                                } catch (InterruptedException ignoredLikeCarelessPluginsDo) {
                                    // keeps going after being told to stop
                                }
                            }
                            return in;
                        }),
                new OperationSpec<>("echo", new Text("echo", "echo"), Echo.class, "faulty.use", (c, in) -> in),
                new OperationSpec<>("spawn", new Text("draden starten", "start threads"), Spawn.class, "faulty.use",
                        (c, in) -> {
                            for (int i = 1; i <= in.count(); i++) {
                                Thread thread = new Thread(() -> idle(in.stubborn()), "faulty-leak-" + i);
                                thread.setDaemon(true);
                                thread.start();
                            }
                            return in;
                        }),
                new OperationSpec<>("hoard", new Text("geheugen vullen", "fill memory"), Hoard.class, "faulty.use",
                        (c, in) -> {
                            java.util.ArrayDeque<byte[]> kept = new java.util.ArrayDeque<>();
                            // stops when told to, as code that waits or reads does; a loop deaf to it cannot be stopped
                            for (int i = 0; i < in.megabytes() && !Thread.currentThread().isInterrupted(); i++) {
                                kept.addLast(new byte[1 << 20]);
                                while (kept.size() > Math.max(in.keep(), 1)) {
                                    kept.removeFirst();
                                }
                            }
                            return new Hoard(in.megabytes(), kept.size());
                        }),
                new OperationSpec<>("boom", new Text("boem", "boom"), Echo.class, "faulty.use", (c, in) -> {
                    throw new IllegalStateException("test plugin: failing on purpose");
                }),
                new OperationSpec<>("hang", new Text("hangt", "hang"), Echo.class, "faulty.use", (c, in) -> {
                    try {
                        Thread.sleep(600_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return in;
                }));
    }

    private static void idle(boolean stubborn) {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                if (!stubborn) {
                    return;
                }
            }
        }
    }

    @Override
    public List<ExportSpec> exports() {
        return List.of(new ExportSpec("broken", new Text("kapot", "broken"), "text/plain", "txt", "faulty.use",
                (c, p) -> {
                    throw new IllegalStateException("test plugin: export failing on purpose");
                }));
    }
}
