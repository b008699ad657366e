package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.security.PasswordResets;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;

/**
 * "Forgot your password?": the person types their address and is told the same thing whether or not
 * it has an account; the link arrives by e-mail if it has.
 */
@be.buurtwijzer.ui.session.PublicPage
@Route("password-reset")
@PageTitle("Buurtwijzer")
public class ForgotPasswordView extends Main {

    final EmailField email = new EmailField();
    final Paragraph result = new Paragraph();
    private final PasswordResets resets;

    @Inject
    public ForgotPasswordView(PasswordResets resets) {
        this.resets = resets;
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("padding", "2rem");
        email.setLabel(getTranslation("login.email"));
        email.setId("reset-email");
        email.setWidthFull();
        email.setMaxLength(254);
        Button send = new Button(getTranslation("reset.request.send"), click -> send());
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("reset-result");
        result.getElement().setAttribute("role", "status");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("reset.request.intro")), email, send,
                result, new RouterLink(getTranslation("reset.back"), LoginView.class));
        form.setMaxWidth("26rem");
        add(new H1(getTranslation("reset.request.title")), form);
    }

    void send() {
        email.setInvalid(false);
        try {
            resets.request(email.getValue());
        } catch (InvalidInputException e) {
            email.setErrorMessage(getTranslation("reset.request.email-required"));
            email.setInvalid(true);
            return;
        }
        result.setText(getTranslation("reset.request.sent"));
    }
}
