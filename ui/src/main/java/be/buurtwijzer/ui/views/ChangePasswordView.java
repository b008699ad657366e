package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.security.Passwords;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.ui.session.UiSession;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Choosing one's own password: on purpose after a one-time password (nothing else opens until
 * then), or at any time from the top bar. Every other session of the person ends.
 */
@Route("password")
@PageTitle("Buurtwijzer")
public class ChangePasswordView extends Main implements BeforeEnterObserver {

    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    private final Paragraph intro = new Paragraph();
    private final Anchor back = new Anchor("/", "");
    private final Passwords passwords;

    @Inject
    public ChangePasswordView(Passwords passwords) {
        this.passwords = passwords;
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("padding", "2rem");
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        fresh.setLabel(getTranslation("password.new"));
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("password.rule"));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        save.setText(getTranslation("password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        back.setText(getTranslation("password.back"));
        VerticalLayout form = new VerticalLayout(current, fresh, repeat, save, back);
        form.setMaxWidth("26rem");
        form.getChildren().filter(c -> c instanceof PasswordField).forEach(c -> ((PasswordField) c).setWidthFull());
        add(new H1(getTranslation("password.title")), intro, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean forced = UiSession.caller().map(Caller::mustChangePassword).orElse(false);
        intro.setText(getTranslation(forced ? "password.forced" : "password.intro"));
        back.setVisible(!forced);
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", fresh);
        fields.values().forEach(f -> f.setInvalid(false));
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            Caller changed = passwords.changeOwn(UiSession.requireCaller(),
                    new Passwords.Change(current.getValue(), fresh.getValue()), getLocale());
            UiSession.login(changed);
        } catch (InvalidInputException e) {
            Messages.showAtFields(this, fields, e).forEach(v -> Messages.problem(Messages.of(this, v)));
            return;
        } catch (ApplicationException e) {
            Messages.problem(Messages.of(this, e));
            return;
        }
        Notification.show(getTranslation("password.changed"), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(StartView.class);
    }
}
