package be.buurtwijzer.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

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

    /**
     * Asks for what affects many people at once: the action runs only after the person typed
     * {@code name} (a municipality's name) exactly.
     */
    public static void askTyped(Component owner, String question, String name, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("field.actions"));
        TextField typed = new TextField(owner.getTranslation("confirm.type", name));
        typed.setId("confirm-typed");
        typed.setWidthFull();
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        Paragraph said = new Paragraph(question);
        dialog.add(said, typed);
        Button confirm = new Button(owner.getTranslation("action.confirm"), click -> {
            if (typed.getValue().trim().equals(name)) {
                dialog.close();
                action.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        typed.addValueChangeListener(e -> confirm.setEnabled(e.getValue().trim().equals(name)));
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.open();
        typed.focus();
    }
}
