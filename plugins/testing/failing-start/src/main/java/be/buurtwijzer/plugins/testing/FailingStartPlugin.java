package be.buurtwijzer.plugins.testing;

import org.pf4j.Plugin;

/** A plugin whose start fails: the platform must refuse it and carry on. */
public class FailingStartPlugin extends Plugin {
    @Override
    public void start() {
        throw new IllegalStateException("test plugin: failing on purpose at start");
    }
}
