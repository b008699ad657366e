package be.buurtwijzer.deployment.liberty;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Mends a race in Open Liberty's connection pool that loses connections under concurrent load (issue 19).
 *
 * <p>{@code FreePool.returnToFreePoolDelegated} puts a released connection back in the free list and only afterwards,
 * outside the free list's lock, clears the connection's "already being released" flag. Another request thread can take
 * the connection from the free list in between (that path holds only the free list's lock), use it and release it:
 * {@code PoolManager.release} then sees the flag still set, takes the release for a duplicate and returns. The
 * connection stays "in use" for good; once all of them are lost every request waits for {@code connectionTimeout}.
 *
 * <p>The fix moves the clearing of the flag to the start of the block that puts the connection back, under the same
 * lock, so that a connection is never in the free list with the flag set. Nothing else changes.
 */
public final class FreePoolReleaseFix {

    static final String FREE_POOL = "com/ibm/ejs/j2c/FreePool";
    private static final String MC_WRAPPER = "com/ibm/ejs/j2c/MCWrapper";
    private static final String METHOD = "returnToFreePoolDelegated";
    private static final String CLEAR_FLAG = "setAlreadyBeingReleased";
    private static final String MC_WRAPPER_LIST = "com/ibm/ejs/j2c/MCWrapperList";
    private static final String POOL_LOCK = "waiterFreePoolLock";

    private FreePoolReleaseFix() {
    }

    /**
     * Whether the class already clears the flag in the block that puts the connection back, before it does: between
     * that block's monitorenter and the first list add.
     */
    public static boolean isApplied(byte[] freePoolClass) {
        return isApplied(method(read(freePoolClass)));
    }

    private static boolean isApplied(MethodNode method) {
        AbstractInsnNode add = firstListAdd(method);
        AbstractInsnNode enter = add;
        while (enter != null && enter.getOpcode() != Opcodes.MONITORENTER) {
            enter = enter.getPrevious();
        }
        int clear = indexOf(method, clearFlagCall(method));
        return enter != null && indexOf(method, enter) < clear && clear < indexOf(method, add);
    }

    /**
     * The class with the flag cleared first.
     *
     * @throws IllegalStateException if the code is not the one this fix was written for (another Liberty release):
     *                               then see whether that release still has the race before changing the fix
     */
    public static byte[] apply(byte[] freePoolClass) {
        ClassNode freePool = read(freePoolClass);
        MethodNode method = method(freePool);
        if (isApplied(method)) {
            return freePoolClass;
        }
        MethodInsnNode call = clearFlagCall(method);
        List<AbstractInsnNode> clearFlag = clearFlagSequence(call);
        AbstractInsnNode start = insideLockedBlock(method, clearFlag.get(0), call);
        InsnList moved = new InsnList();
        for (AbstractInsnNode instruction : clearFlag) {
            method.instructions.remove(instruction);
            moved.add(instruction);
        }
        method.instructions.insert(start, moved);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        freePool.accept(writer);
        return writer.toByteArray();
    }

    private static ClassNode read(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        if (!FREE_POOL.equals(node.name)) {
            throw new IllegalArgumentException("not Liberty's FreePool: " + node.name);
        }
        return node;
    }

    private static MethodNode method(ClassNode freePool) {
        return freePool.methods.stream()
                .filter(m -> m.name.equals(METHOD))
                .findFirst()
                .orElseThrow(() -> unexpected("no method " + METHOD));
    }

    private static MethodInsnNode clearFlagCall(MethodNode method) {
        List<MethodInsnNode> calls = new ArrayList<>();
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof MethodInsnNode call && call.name.equals(CLEAR_FLAG)) {
                calls.add(call);
            }
        }
        if (calls.size() != 1) {
            throw unexpected(calls.size() + " calls of " + CLEAR_FLAG + " in " + METHOD + ", expected 1");
        }
        return calls.get(0);
    }

    private static MethodInsnNode firstListAdd(MethodNode method) {
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof MethodInsnNode call && call.owner.equals(MC_WRAPPER_LIST) && call.name.equals("add")) {
                return call;
            }
        }
        throw unexpected("no MCWrapperList.add in " + METHOD);
    }

    /** {@code ((MCWrapper) mcWrapper).setAlreadyBeingReleased(false)}: aload 1, checkcast, iconst_0, invokevirtual. */
    private static List<AbstractInsnNode> clearFlagSequence(MethodInsnNode call) {
        AbstractInsnNode constant = call.getPrevious();
        AbstractInsnNode cast = constant.getPrevious();
        AbstractInsnNode load = cast.getPrevious();
        boolean expected = constant.getOpcode() == Opcodes.ICONST_0
                && cast instanceof TypeInsnNode type && type.desc.equals(MC_WRAPPER)
                && load instanceof VarInsnNode variable && variable.getOpcode() == Opcodes.ALOAD && variable.var == 1;
        if (!expected) {
            throw unexpected("the flag is not cleared by ((MCWrapper) mcWrapper).setAlreadyBeingReleased(false)");
        }
        return List.of(load, cast, constant, call);
    }

    /**
     * The first instruction inside {@code synchronized (pm.waiterFreePoolLock)} that encloses the clearing: the
     * monitorenter two monitors back (the inner one is the free list's), past the start of the exception range that
     * releases the lock, which must reach over the clearing.
     */
    private static AbstractInsnNode insideLockedBlock(MethodNode method, AbstractInsnNode clearing, AbstractInsnNode call) {
        AbstractInsnNode enter = clearing;
        int entered = 0;
        while (entered < 2) {
            enter = enter.getPrevious();
            if (enter == null) {
                throw unexpected("the flag is not cleared inside two synchronized blocks");
            }
            if (enter.getOpcode() == Opcodes.MONITORENTER) {
                entered++;
            }
        }
        AbstractInsnNode lock = enter.getPrevious().getPrevious().getPrevious();
        if (!(lock instanceof FieldInsnNode field && field.name.equals(POOL_LOCK))) {
            throw unexpected("the outer synchronized block is not on the pool manager's " + POOL_LOCK);
        }
        AbstractInsnNode next = enter.getNext();
        for (TryCatchBlockNode range : method.tryCatchBlocks) {
            if (range.start == next && indexOf(method, range.end) > indexOf(method, call)) {
                return next;
            }
        }
        throw unexpected("no exception range from the monitorenter over the clearing");
    }

    private static int indexOf(MethodNode method, AbstractInsnNode instruction) {
        return method.instructions.indexOf(instruction);
    }

    private static IllegalStateException unexpected(String what) {
        return new IllegalStateException("Liberty's " + FREE_POOL + "." + METHOD + " is not the code this fix was"
                + " written for (" + what + "). See whether this Liberty release still loses pool connections under"
                + " load (deployment/bench/pool-leak-repro.sh) and update or drop the fix.");
    }
}
