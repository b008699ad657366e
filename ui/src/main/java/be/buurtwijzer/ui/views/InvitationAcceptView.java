package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.admin.Invitations;
import be.buurtwijzer.core.application.security.Authenticator;
import be.buurtwijzer.core.application.security.LoginResult;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.ui.session.UiSession;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The page an invitation link opens: who invites you, as what; then accept with the account you
 * have (log in as the invited address) or create one. Opens without a log-in: the token is the proof.
 */
@be.buurtwijzer.ui.session.PublicPage
@Route("invitation/:token")
@PageTitle("Buurtwijzer")
public class InvitationAcceptView extends Main implements BeforeEnterObserver {

    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final TextField name = new TextField();
    final PasswordField newPassword = new PasswordField();
    final Paragraph message = new Paragraph();
    private final Invitations invitations;
    private final Authenticator authenticator;
    private String token;

    @Inject
    public InvitationAcceptView(Invitations invitations, Authenticator authenticator) {
        this.invitations = invitations;
        this.authenticator = authenticator;
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("padding", "2rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        add(new H1(getTranslation("invitation.title")));
        Invitations.Invited invited;
        try {
            invited = invitations.describe(token);
        } catch (ApplicationException e) {
            add(new Paragraph(Messages.of(this, e)));
            return;
        }
        message.setId("invitation-message");
        message.getElement().setAttribute("role", "status");
        if (invited.status() != be.buurtwijzer.core.domain.tenancy.Invitation.Status.OPEN) {
            add(new Paragraph(getTranslation("invitation.closed")));
            return;
        }
        add(new Paragraph(getTranslation("invitation.for", getTranslation("TenantRole." + invited.role().name()),
                invited.municipality(), invited.email())), message);
        if (UiSession.caller().isPresent()) {
            Button accept = new Button(getTranslation("invitation.accept.logged-in"), click -> acceptAs(
                    UiSession.requireCaller()));
            accept.setId("invitation-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(accept);
            return;
        }
        email.setLabel(getTranslation("login.email"));
        email.setValue(invited.email());
        password.setLabel(getTranslation("login.password"));
        password.setId("invitation-password");
        Button login = new Button(getTranslation("invitation.accept"), click -> logInAndAccept());
        login.setId("invitation-login");
        name.setLabel(getTranslation("invitation.name"));
        name.setId("invitation-name");
        name.setMaxLength(200);
        newPassword.setLabel(getTranslation("invitation.password"));
        newPassword.setId("invitation-new-password");
        newPassword.setHelperText(getTranslation("password.rule"));
        Button create = new Button(getTranslation("invitation.create"), click -> createAndAccept());
        create.setId("invitation-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout existing = new VerticalLayout(new H2(getTranslation("invitation.have-account")), email, password,
                login);
        VerticalLayout fresh = new VerticalLayout(new H2(getTranslation("invitation.new-account")), name, newPassword,
                create);
        existing.setMaxWidth("26rem");
        fresh.setMaxWidth("26rem");
        java.util.stream.Stream.of(email, password, name, newPassword).forEach(f -> f.setWidthFull());
        add(fresh, existing);
    }

    private void logInAndAccept() {
        LoginResult result = authenticator.login(email.getValue(), password.getValue());
        if (!result.succeeded()) {
            message.setText(getTranslation("invitation.failed"));
            return;
        }
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        UiSession.login(result.caller());
        acceptAs(result.caller());
    }

    private void acceptAs(Caller caller) {
        try {
            String slug = invitations.accept(caller, token);
            UiSession.tenant(slug);
            UI.getCurrent().getPage().setLocation(caller.mustChangePassword() ? "/password" : "/");
        } catch (ApplicationException e) {
            message.setText(Messages.of(this, e));
        }
    }

    private void createAndAccept() {
        Map<String, HasValidation> fields = Map.of("displayName", name, "password", newPassword);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            Caller caller = invitations.acceptWithNewAccount(token, new Invitations.NewAccount(name.getValue(),
                    newPassword.getValue()), getLocale());
            String slug = invitations.describe(token).municipalitySlug();
            VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
            UiSession.login(caller);
            UiSession.tenant(slug);
            UI.getCurrent().getPage().setLocation("/");
        } catch (InvalidInputException e) {
            Messages.showAtFields(this, fields, e).forEach(v -> message.setText(Messages.of(this, v)));
        } catch (ApplicationException e) {
            message.setText(Messages.of(this, e));
        }
    }
}
