package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.security.PasswordResets;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.domain.identity.PasswordReset;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The page a reset link opens: choose a new password (twice), then log in with it. Opens without a
 * log-in: the token is the proof. A used or expired link says so before anything is typed.
 */
@be.buurtwijzer.ui.session.PublicPage
@Route("password-reset/:token")
@PageTitle("Buurtwijzer")
public class PasswordResetView extends Main implements BeforeEnterObserver {

    final PasswordField fresh = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Paragraph message = new Paragraph();
    private final PasswordResets resets;
    private String token;

    @Inject
    public PasswordResetView(PasswordResets resets) {
        this.resets = resets;
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("padding", "2rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        add(new H1(getTranslation("reset.title")));
        message.setId("reset-message");
        message.getElement().setAttribute("role", "status");
        RouterLink again = new RouterLink(getTranslation("reset.again"), ForgotPasswordView.class);
        try {
            if (resets.status(token) != PasswordReset.Status.OPEN) {
                add(new Paragraph(getTranslation("reset.closed")), again);
                return;
            }
        } catch (ApplicationException e) {
            add(new Paragraph(Messages.of(this, e)), again);
            return;
        }
        fresh.setLabel(getTranslation("password.new"));
        fresh.setId("reset-password");
        fresh.setHelperText(getTranslation("password.rule"));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("reset-repeat");
        Button save = new Button(getTranslation("password.save"), click -> save());
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("reset.intro")), fresh, repeat, save,
                message);
        form.setMaxWidth("26rem");
        fresh.setWidthFull();
        repeat.setWidthFull();
        add(form);
    }

    void save() {
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        message.setText("");
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            resets.reset(token, fresh.getValue(), getLocale());
        } catch (InvalidInputException e) {
            Messages.showAtFields(this, Map.of("password", fresh), e).forEach(v -> message.setText(Messages.of(this, v)));
            return;
        } catch (ApplicationException e) {
            message.setText(Messages.of(this, e));
            return;
        }
        Notification.show(getTranslation("reset.done"), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(LoginView.class);
    }
}
