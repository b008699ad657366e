package be.buurtwijzer.ui.privacy;

import be.buurtwijzer.core.application.privacy.SubjectQuery;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Whom the request is about: a name as the municipality writes it and, if known, an e-mail address. */
public class SubjectForm extends FormLayout {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Button search = new Button();

    public SubjectForm() {
        name.setId("privacy-name");
        email.setId("privacy-email");
        name.setLabel(getTranslation("privacy.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setHelperText(getTranslation("privacy.name.help"));
        email.setLabel(getTranslation("privacy.email"));
        email.setMaxLength(254);
        search.setText(getTranslation("privacy.search"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        search.addClickListener(e -> fireEvent(new SearchEvent(this)));
        add(name, email, search);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
    }

    public SubjectQuery query() {
        return new SubjectQuery(name.getValue(), email.getValue().isBlank() ? null : email.getValue());
    }

    public static class SearchEvent extends ComponentEvent<SubjectForm> {
        SearchEvent(SubjectForm source) {
            super(source, false);
        }
    }

    public Registration addSearchListener(ComponentEventListener<SearchEvent> listener) {
        return addListener(SearchEvent.class, listener);
    }
}
