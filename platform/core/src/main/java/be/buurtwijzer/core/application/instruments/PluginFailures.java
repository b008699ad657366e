package be.buurtwijzer.core.application.instruments;

final class PluginFailures {
    private PluginFailures() {
    }

    static String describe(Throwable e) {
        if (e == null) {
            return "unknown failure";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
