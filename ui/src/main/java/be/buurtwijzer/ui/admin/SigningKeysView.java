package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.instruments.PublishingService;
import be.buurtwijzer.core.application.instruments.PublishingViews;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

    final KeysGrid grid;
    final TextField label = new TextField();
    final TextArea publicKey = new TextArea();
    final Paragraph result = new Paragraph();
    private final PublishingService publishing;

    @Inject
    public SigningKeysView(PublishingService publishing) {
        this.publishing = publishing;
        getStyle().set("padding", "1rem");
        grid = new KeysGrid(key -> !UiSession.requireCaller().userId().equals(key.registeredBy()), key -> act(() -> {
            publishing.approveKey(UiSession.requireCaller(), key.id());
            return getTranslation("saved");
        }), key -> act(() -> {
            publishing.revokeKey(UiSession.requireCaller(), key.id());
            return getTranslation("saved");
        }));
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
        Messages.report(this, result, action);
        refresh();
    }

    private void refresh() {
        grid.setItems(publishing.keys(UiSession.requireCaller()));
    }
}
