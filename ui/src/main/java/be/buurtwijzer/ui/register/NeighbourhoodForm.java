package be.buurtwijzer.ui.register;

import be.buurtwijzer.core.application.register.NeighbourhoodInput;
import be.buurtwijzer.core.application.register.NeighbourhoodDetails;
import be.buurtwijzer.core.domain.register.NeighbourhoodKind;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;

/** Edits one neighbourhood and fires save, delete or close; the view talks to the service. */
public class NeighbourhoodForm extends FormLayout {

    final TextField name = new TextField();
    final Select<NeighbourhoodKind> kind = new Select<>();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Button delete = new Button();
    final Button close = new Button();
    private NeighbourhoodDetails editing;
    private final RegisterDraft draft;

    public NeighbourhoodForm() {
        name.setLabel(getTranslation("field.name"));
        name.setId("neighbourhood-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        kind.setLabel(getTranslation("field.kind"));
        kind.setId("neighbourhood-kind");
        kind.setItems(NeighbourhoodKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("NeighbourhoodKind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("field.description"));
        description.setMaxLength(4000);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setText(getTranslation("action.close"));
        save.addClickListener(click -> fireEvent(new SaveEvent(this, input())));
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, editing)));
        close.addClickListener(click -> fireEvent(new CloseEvent(this)));
        draft = new RegisterDraft("neighbourhood").text("name", name).choice("kind", kind, NeighbourhoodKind.class)
                .text("description", description);
        setColspan(draft.keeper, 2);
        add(draft.keeper, name, kind, description, new HorizontalLayout(save, delete, close));
        draft.watch(this);
    }

    /** Saved: its draft is gone. */
    public void saved() {
        draft.keeper.saved();
    }

    /** Closed unsaved: the draft stays to be offered again, leaving the page does not ask. */
    public void setAside() {
        draft.keeper.setAside();
    }

    public void edit(NeighbourhoodDetails neighbourhood) {
        editing = neighbourhood;
        clearErrors();
        name.setValue(neighbourhood == null ? "" : neighbourhood.name());
        kind.setValue(neighbourhood == null ? null : neighbourhood.kind());
        description.setValue(neighbourhood == null || neighbourhood.description() == null ? ""
                : neighbourhood.description());
        delete.setVisible(neighbourhood != null);
        draft.open(neighbourhood == null ? null : neighbourhood.id());
    }

    public NeighbourhoodDetails editing() {
        return editing;
    }

    NeighbourhoodInput input() {
        return new NeighbourhoodInput(name.getValue(), kind.getValue(), description.getValue(),
                editing == null ? null : editing.version());
    }

    /** Shows the service's message at the field it names; returns false if it names none here. */
    public boolean showError(String field, String message) {
        Map<String, HasValidation> fields = Map.of("name", name, "kind", kind, "description", description);
        HasValidation target = fields.get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    public void clearErrors() {
        name.setInvalid(false);
        kind.setInvalid(false);
        description.setInvalid(false);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<NeighbourhoodForm> {
        private final NeighbourhoodInput input;

        SaveEvent(NeighbourhoodForm source, NeighbourhoodInput input) {
            super(source, false);
            this.input = input;
        }

        public NeighbourhoodInput input() {
            return input;
        }
    }

    public static class DeleteEvent extends ComponentEvent<NeighbourhoodForm> {
        private final NeighbourhoodDetails neighbourhood;

        DeleteEvent(NeighbourhoodForm source, NeighbourhoodDetails neighbourhood) {
            super(source, false);
            this.neighbourhood = neighbourhood;
        }

        public NeighbourhoodDetails neighbourhood() {
            return neighbourhood;
        }
    }

    public static class CloseEvent extends ComponentEvent<NeighbourhoodForm> {
        CloseEvent(NeighbourhoodForm source) {
            super(source, false);
        }
    }
}
