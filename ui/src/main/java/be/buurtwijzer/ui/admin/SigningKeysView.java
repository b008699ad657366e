package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.instruments.PublishingService;
import be.buurtwijzer.core.application.instruments.PublishingViews;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** A publisher's signing keys: register a public Ed25519 key, revoke one. */
@Route(value = "publisher/keys", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.PUBLISHER)
public class SigningKeysView extends Main {

    final Grid<PublishingViews.Key> grid = new Grid<>();
    final TextField label = new TextField();
    final TextArea publicKey = new TextArea();
    final Paragraph result = new Paragraph();
    private final PublishingService publishing;

    @Inject
    public SigningKeysView(PublishingService publishing) {
        this.publishing = publishing;
        getStyle().set("padding", "1rem");
        grid.addColumn(PublishingViews.Key::label).setHeader(getTranslation("field.name"));
        grid.addColumn(k -> k.fingerprint().substring(0, 16)).setHeader(getTranslation("keys.fingerprint"));
        grid.addColumn(k -> getTranslation(k.revokedAt() == null ? "keys.active" : "keys.revoked"))
                .setHeader(getTranslation("field.state"));
        grid.addComponentColumn(k -> {
            Button revoke = new Button(getTranslation("keys.revoke"), click -> act(() -> {
                publishing.revokeKey(UiSession.requireCaller(), k.id());
                return getTranslation("saved");
            }));
            revoke.setAriaLabel(getTranslation("keys.revoke") + ": " + k.label());
            revoke.setEnabled(k.revokedAt() == null);
            return revoke;
        }).setHeader(getTranslation("field.actions"));
        grid.setAllRowsVisible(true);
        label.setLabel(getTranslation("keys.label"));
        publicKey.setLabel(getTranslation("keys.public"));
        publicKey.setHelperText("openssl pkey -in signing-key.pem -pubout");
        publicKey.setWidthFull();
        Button register = new Button(getTranslation("keys.register"), click -> act(() -> {
            publishing.registerKey(UiSession.requireCaller(), new PublishingViews.KeyInput(label.getValue(),
                    publicKey.getValue()));
            return getTranslation("saved");
        }));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("nav.keys")), grid, new H2(getTranslation("keys.register")), label, publicKey,
                register, result);
        refresh();
    }

    private void act(java.util.function.Supplier<String> action) {
        try {
            result.setText(action.get());
        } catch (ApplicationException e) {
            result.setText(be.buurtwijzer.ui.views.Messages.of(this, e));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(publishing.keys(UiSession.requireCaller()));
    }
}
