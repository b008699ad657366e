package be.buurtwijzer.deployment.liberty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

class FreePoolReleaseFixTest {

    @Test
    void theReleasedRuntimeHasTheRace() throws IOException {
        for (var bundle : ReleasedBundles.all()) {
            assertFalse(FreePoolReleaseFix.isApplied(PatchLibertyRuntime.freePool(bundle)),
                    () -> bundle + " clears the flag before the connection is back: Liberty fixed the race itself,"
                            + " so the build's fix can go");
        }
    }

    @Test
    void theFlagIsClearedUnderThePoolLockBeforeTheConnectionIsBackInTheFreeList() throws IOException {
        List<String> events = events(FreePoolReleaseFix.apply(ReleasedBundles.jakartaFreePool()));

        int clear = events.indexOf("setAlreadyBeingReleased");
        assertEquals(events.lastIndexOf("lock waiterFreePoolLock"), clear - 1,
                () -> "the flag is not cleared as the last block on the pool lock starts: " + events);
        assertTrue(clear < events.indexOf("MCWrapperList.add"), events::toString);
        assertEquals(1, events.stream().filter("setAlreadyBeingReleased"::equals).count());
    }

    @Test
    void nothingElseChanges() throws IOException {
        byte[] released = ReleasedBundles.jakartaFreePool();
        Map<String, List<Integer>> before = opcodes(released);
        Map<String, List<Integer>> after = opcodes(FreePoolReleaseFix.apply(released));

        assertEquals(before.keySet(), after.keySet());
        before.forEach((method, codes) -> {
            if (method.startsWith("returnToFreePoolDelegated")) {
                assertEquals(codes.stream().sorted().toList(), after.get(method).stream().sorted().toList(),
                        "the mended method has other instructions than the released one");
            } else {
                assertEquals(codes, after.get(method), method);
            }
        });
    }

    @Test
    void applyingTwiceIsApplyingOnce() throws IOException {
        byte[] once = FreePoolReleaseFix.apply(ReleasedBundles.jakartaFreePool());

        assertTrue(FreePoolReleaseFix.isApplied(once));
        assertArrayEquals(once, FreePoolReleaseFix.apply(once));
    }

    @Test
    void anotherClassIsRefused() throws IOException {
        byte[] object;
        try (InputStream in = Object.class.getResourceAsStream("Object.class")) {
            object = in.readAllBytes();
        }

        assertThrows(IllegalArgumentException.class, () -> FreePoolReleaseFix.apply(object));
    }

    @Test
    void codeItWasNotWrittenForIsRefusedWithAPointerToTheReproduction() throws IOException {
        byte[] changed = withoutTheFlagClearing(ReleasedBundles.jakartaFreePool());

        var refused = assertThrows(IllegalStateException.class, () -> FreePoolReleaseFix.apply(changed));
        assertTrue(refused.getMessage().contains("pool-leak-repro.sh"), refused::getMessage);
    }

    /** The method's monitors and the calls that matter, in order. */
    private static List<String> events(byte[] freePool) {
        MethodNode method = node(freePool).methods.stream()
                .filter(m -> m.name.equals("returnToFreePoolDelegated"))
                .findFirst()
                .orElseThrow();
        List<String> events = new ArrayList<>();
        AbstractInsnNode previous = null;
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction.getOpcode() == Opcodes.MONITORENTER) {
                AbstractInsnNode lock = previous.getPrevious().getPrevious();
                events.add("lock " + (lock instanceof FieldInsnNode field ? field.name : "?"));
            } else if (instruction instanceof MethodInsnNode call && call.name.equals("setAlreadyBeingReleased")) {
                events.add(call.name);
            } else if (instruction instanceof MethodInsnNode call && call.owner.endsWith("MCWrapperList")) {
                events.add("MCWrapperList." + call.name);
            }
            if (instruction.getOpcode() >= 0) {
                previous = instruction;
            }
        }
        return events;
    }

    private static Map<String, List<Integer>> opcodes(byte[] classFile) {
        Map<String, List<Integer>> methods = new TreeMap<>();
        for (MethodNode method : node(classFile).methods) {
            List<Integer> codes = new ArrayList<>();
            method.instructions.forEach(instruction -> {
                if (instruction.getOpcode() >= 0) {
                    codes.add(instruction.getOpcode());
                }
            });
            methods.put(method.name + method.desc, codes);
        }
        return methods;
    }

    private static byte[] withoutTheFlagClearing(byte[] freePool) {
        ClassNode node = node(freePool);
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode instruction : method.instructions.toArray()) {
                if (instruction instanceof MethodInsnNode call && call.name.equals("setAlreadyBeingReleased")) {
                    method.instructions.set(call, new InsnNode(Opcodes.POP2));
                }
            }
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        return writer.toByteArray();
    }

    private static ClassNode node(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        return node;
    }
}
