package be.buurtwijzer.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks first: what cannot be undone with one click (removing, resetting) is confirmed in a dialog. */
public final class Confirm {

    private Confirm() {
    }

    public static void ask(Component owner, String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(owner.getTranslation("field.actions"), question,
                owner.getTranslation("action.confirm"), event -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.open();
    }
}
