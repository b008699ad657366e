package be.buurtwijzer.core.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this node's start ran to its end: schema migrated, plugins tried, tenant configuration applied.
 * A node that waited for its database already serves HTTP while it starts, so readiness asks this.
 */
@ApplicationScoped
public class NodeStart {

    private volatile boolean complete;

    public void completed() {
        complete = true;
    }

    public boolean complete() {
        return complete;
    }
}
