package be.buurtwijzer.core.infrastructure.plugins;

/**
 * The node's plugin cache folder cannot be written (full, read-only, gone): no plugin can start here until it
 * can. The message names the folder and the file system's reason, for the log and the plugin health alike.
 */
public class PluginCacheException extends RuntimeException {

    PluginCacheException(java.nio.file.Path folder, java.io.IOException reason) {
        super("the plugin cache folder " + folder + " cannot be written (" + reason.getClass().getSimpleName() + ": "
                + reason.getMessage() + "); plugins cannot start on this node until it can (BUURTWIJZER_PLUGIN_CACHE)");
    }
}
