package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.releases.SupportOrganisations;
import be.buurtwijzer.core.application.releases.PublishingViews;
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
import be.buurtwijzer.core.domain.instruments.JarSignature;
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
    private final SupportOrganisations organisations;

    @Inject
    public SigningKeysView(SupportOrganisations organisations) {
        this.organisations = organisations;
        getStyle().set("padding", "1rem");
        grid = new KeysGrid(key -> !UiSession.requireCaller().userId().equals(key.registeredBy()), key -> act(() -> {
            organisations.approveKey(UiSession.requireCaller(), key.id());
            return getTranslation("saved");
        }), key -> act(() -> {
            organisations.revokeKey(UiSession.requireCaller(), key.id());
            return getTranslation("saved");
        }));
        label.setLabel(getTranslation("keys.label"));
        publicKey.setLabel(getTranslation("keys.public"));
        publicKey.setHelperText(getTranslation("keys.public.help"));
        publicKey.setWidthFull();
        Button register = new Button(getTranslation("keys.register"), click -> act(() -> {
            organisations.registerKey(UiSession.requireCaller(), new PublishingViews.KeyInput(label.getValue(),
                    publicKey.getValue()));
            return getTranslation("saved");
        }));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("aria-live", "polite");
        label.setId("key-label");
        label.setWidth("24rem");
        label.setMaxWidth("100%");
        Button make = new Button(getTranslation("keys.browser.make"), click -> makeInBrowser());
        make.setId("key-make");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button backup = new Button(getTranslation("keys.browser.backup"), click -> backup());
        Button restore = new Button(getTranslation("keys.browser.restore"), click -> restore());
        var byHand = new com.vaadin.flow.component.details.Details(getTranslation("keys.byhand"),
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(publicKey, register));
        result.setId("key-result");
        add(new H1(getTranslation("nav.keys")), grid, new H2(getTranslation("keys.browser")),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("keys.browser.help")), label,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(make, backup, restore), result, byHand);
        refresh();
    }

    /** A key pair made in this browser; only the public half is registered. */
    private void makeInBrowser() {
        if (label.getValue().isBlank()) {
            label.setErrorMessage(getTranslation("keys.label.required"));
            label.setInvalid(true);
            return;
        }
        label.setInvalid(false);
        BrowserKeys.generate(getElement(), me(), label.getValue().trim()).then(String.class, spki -> act(() -> {
            organisations.registerKey(UiSession.requireCaller(), new PublishingViews.KeyInput(label.getValue(), spki));
            return getTranslation("keys.browser.made");
        }), problem -> result.setText(getTranslation("keys.browser.unsupported")));
    }

    private void backup() {
        BrowserKeys.held(getElement(), me()).then(String.class, held -> {
            // only a key of this organisation that is still in force is worth a backup
            var ours = organisations.keys(UiSession.requireCaller()).stream().filter(k -> k.revokedAt() == null)
                    .map(PublishingViews.Key::fingerprint).toList();
            String newest = held == null || held.isBlank() ? null : java.util.Arrays.stream(held.split(","))
                    .filter(spki -> ours.contains(JarSignature.fingerprint(JarSignature.publicKey(spki)))).findFirst()
                    .orElse(null);
            if (newest == null) {
                result.setText(getTranslation("keys.browser.none"));
                return;
            }
            BrowserKeys.backup(getElement(), me(), newest, "buurtwijzer-sleutel-" + JarSignature.fingerprint(
                    JarSignature.publicKey(newest)).substring(0, 12) + ".pem").then(String.class,
                    ok -> result.setText(getTranslation("keys.browser.backedup")),
                    problem -> result.setText(getTranslation("keys.browser.unsupported")));
        }, problem -> result.setText(getTranslation("keys.browser.unsupported")));
    }

    private void restore() {
        String name = label.getValue().isBlank() ? getTranslation("keys.browser.restored.label") : label.getValue();
        BrowserKeys.restore(getElement(), me(), name).then(String.class, spki -> {
            String fingerprint = JarSignature.fingerprint(JarSignature.publicKey(spki));
            boolean registered = organisations.keys(UiSession.requireCaller()).stream()
                    .anyMatch(k -> k.fingerprint().equals(fingerprint) && k.revokedAt() == null);
            result.setText(getTranslation(registered ? "keys.browser.restored" : "keys.browser.restored.unknown"));
        }, problem -> result.setText(getTranslation("keys.browser.restore.failed")));
    }

    private static String me() {
        return UiSession.requireCaller().userId();
    }

    private void act(java.util.function.Supplier<String> action) {
        Messages.report(this, result, action);
        refresh();
    }

    private void refresh() {
        grid.setItems(organisations.keys(UiSession.requireCaller()));
    }
}
