package be.buurtwijzer.core.infrastructure.plugins;

import be.buurtwijzer.plugin.api.PlatformApi;
import java.nio.file.Path;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;

/** PF4J for jar plugins materialised from the database, with parent-first sharing of the platform API. */
class PlatformPluginManager extends JarPluginManager {

    private final ClassLoader platformLoader;

    PlatformPluginManager(Path cacheDirectory, ClassLoader platformLoader) {
        super(cacheDirectory);
        this.platformLoader = platformLoader;
        setSystemVersion(PlatformApi.VERSION);
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new JarPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                return new ParentFirstPluginClassLoader(pluginManager, descriptor, platformLoader);
            }
        };
    }
}
