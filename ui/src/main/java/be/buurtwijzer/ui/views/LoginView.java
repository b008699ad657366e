package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.admin.MyAccount;
import be.buurtwijzer.core.application.security.Authenticator;
import be.buurtwijzer.core.application.security.LoginResult;
import be.buurtwijzer.core.application.shared.DatabaseOutage;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import be.buurtwijzer.ui.session.UiSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Log-in with e-mail and password. A wrong password, an unknown address and a locked account get
 * the same answer (so nobody learns which accounts exist); a suspended municipality is said plainly.
 */
@be.buurtwijzer.ui.session.PublicPage
@Route("login")
@PageTitle("Buurtwijzer")
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final Authenticator authenticator;
    private final MyAccount account;

    @Inject
    public LoginView(Authenticator authenticator, MyAccount account) {
        this.authenticator = authenticator;
        this.account = account;
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("padding", "2rem");
        form.setI18n(i18n(getTranslation("login.failed.title"), getTranslation("login.failed.message")));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> login(event.getUsername(), event.getPassword()));
        notice.setVisible(false);
        notice.getStyle().set("max-width", "24rem");
        // a link of our own rather than the form's button: it is a plain link for keyboards and readers
        RouterLink forgot = new RouterLink(getTranslation("login.forgot"), ForgotPasswordView.class);
        forgot.setId("forgot-password");
        add(new H1("Buurtwijzer"), form, forgot, notice);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    private void login(String email, String password) {
        LoginResult result;
        try {
            result = authenticator.login(email, password);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e)) {
                throw e;
            }
            // the password was not checked: say "try again", not "wrong password"
            form.setI18n(i18n(getTranslation("login.away.title"), getTranslation("login.away.message")));
            form.setError(true);
            return;
        }
        if (!result.succeeded()) {
            // wrong, unknown and locked look alike: the owner learns of a lock after their next log-in
            form.setI18n(i18n(getTranslation("login.failed.title"), getTranslation("login.failed.message")));
            form.setError(true);
            return;
        }
        // the page asked for before the log-in (a bookmark, a shared link), else the start
        String asked = UiSession.takeAfterLogin();
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        UiSession.login(result.caller());
        var me = account.describe(result.caller());
        String preferred = account.preferredLocale(result.caller());
        String locale = preferred != null ? preferred
                : me.memberships().isEmpty() ? "nl-BE" : me.memberships().get(0).defaultLocale();
        UiSession.locale(Locale.forLanguageTag(locale));
        boolean onlySuspended = !me.memberships().isEmpty()
                && me.memberships().stream().allMatch(m -> m.status() == TenantStatus.SUSPENDED)
                && result.caller().platformRole() == null;
        if (onlySuspended) {
            form.setEnabled(true);
            notice.setText(getTranslation("login.suspended"));
            notice.setVisible(true);
            form.setError(false);
        }
        UI.getCurrent().getPage().setLocation(result.caller().mustChangePassword() ? "/password"
                : onlySuspended ? "/suspended" : asked);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (UiSession.caller().isPresent()) {
            event.forwardTo(StartView.class);
            return;
        }
        if (be.buurtwijzer.ui.session.SessionCheck.endedBefore(com.vaadin.flow.server.VaadinRequest.getCurrent(),
                com.vaadin.flow.server.VaadinResponse.getCurrent())) {
            notice.setText(getTranslation("login.ended"));
            notice.setVisible(true);
        }
    }
}
