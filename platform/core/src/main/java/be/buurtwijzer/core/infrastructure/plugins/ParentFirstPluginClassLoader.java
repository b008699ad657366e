package be.buurtwijzer.core.infrastructure.plugins;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * Loads the plugin API and UI API, PF4J, Jakarta, Vaadin and SLF4J from the platform (parent first), so a
 * plugin shares those classes with the platform; everything else from the plugin's own jar first.
 * Without this, the same interface loaded twice gives "different class loaders" and no extensions.
 */
class ParentFirstPluginClassLoader extends PluginClassLoader {

    private static final String[] SHARED = {
        "be.buurtwijzer.plugin.api.", "be.buurtwijzer.plugin.ui.", "org.pf4j.", "jakarta.", "com.vaadin.", "org.slf4j.", "org.eclipse.yasson."
    };

    ParentFirstPluginClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        for (String prefix : SHARED) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return super.shouldDelegateToParent(className);
    }
}
