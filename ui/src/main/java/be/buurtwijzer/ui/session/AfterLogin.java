package be.buurtwijzer.ui.session;

/** The page a log-in leads back to, kept to a path on this server. */
final class AfterLogin {

    private AfterLogin() {
    }

    /**
     * {@code path} without leading slashes, or empty (the start page) when it is no page to return to:
     * nothing, the log-in itself, or anything that could leave the server ({@code //other.example},
     * a scheme, a backslash).
     */
    static String localPath(String path) {
        if (path == null) {
            return "";
        }
        String local = path.replaceFirst("^[/\\\\]+", "");
        String first = local.split("[/?#]", 2)[0];
        if (local.contains("\\") || first.contains(":") || local.startsWith(".") || "login".equals(first)
                || "logout".equals(first)) {
            return "";
        }
        return local;
    }
}
