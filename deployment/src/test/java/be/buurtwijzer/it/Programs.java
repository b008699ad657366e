package be.buurtwijzer.it;

import java.io.File;

/** Programs the browser tests and benchmarks run, found on the PATH (Debian's chromium and chromium-driver). */
public final class Programs {

    private Programs() {
    }

    public static String onPath(String program) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            File candidate = new File(dir, program);
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        throw new IllegalStateException(program + " is not installed (apt-get install chromium chromium-driver)");
    }
}
