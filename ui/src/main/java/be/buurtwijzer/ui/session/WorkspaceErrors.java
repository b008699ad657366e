package be.buurtwijzer.ui.session;

import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.Conflicts;
import be.buurtwijzer.core.application.shared.DatabaseOutage;
import be.buurtwijzer.core.application.shared.SessionEndedException;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the workspace says when an action fails outside a form's own handling: most often because
 * the person's rights changed while the page was open (removed from the municipality, another
 * role, the instrument disabled, the password changed elsewhere). The services refused at the
 * moment of the action; this says so in the person's language. Anything unexpected gets a
 * reference for the administrators, never a stack trace.
 */
public class WorkspaceErrors implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(WorkspaceErrors.class.getName());

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        ApplicationException refusal = refusal(event.getThrowable());
        if (ui == null) {
            LOG.log(Level.WARNING, "Error outside a UI", event.getThrowable());
            return;
        }
        if (refusal instanceof SessionEndedException) {
            UiSession.logout();
            ui.getPage().setLocation("/login");
            return;
        }
        if (refusal != null) {
            LOG.fine(() -> "Refused in the workspace: " + refusal.getMessage());
            Messages.problem(Messages.of(ui, refusal));
            return;
        }
        if (DatabaseOutage.causes(event.getThrowable())) {
            DatabaseOutage.log(LOG, "The database did not answer in the workspace", event.getThrowable());
            Messages.problem(ui.getTranslation("error.database-away"));
            return;
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error in the workspace, reference " + reference, event.getThrowable());
        Messages.problem(ui.getTranslation("error.unexpected", reference));
    }

    static ApplicationException refusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApplicationException e) {
                return e;
            }
        }
        return Conflicts.of(error);
    }
}
