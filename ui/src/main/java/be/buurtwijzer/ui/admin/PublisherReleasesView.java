package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.releases.SupportOrganisations;
import be.buurtwijzer.core.application.releases.ReleaseReview;
import be.buurtwijzer.core.application.releases.PublishingViews;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;

/** A publisher uploads a signed release and follows its releases: status, reason, municipalities using it. */
@Route(value = "publisher/releases", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.PUBLISHER)
public class PublisherReleasesView extends Main {

    final Grid<PublishingViews.Release> grid = new Grid<>();
    final TextField signature = new TextField();
    final TextArea notes = new TextArea();
    final Button submit = new Button();
    final Paragraph result = new Paragraph();
    private final SupportOrganisations organisations;
    private final ReleaseReview review;
    private byte[] jar;
    private String fileName;

    @Inject
    public PublisherReleasesView(SupportOrganisations organisations, ReleaseReview review) {
        this.organisations = organisations;
        this.review = review;
        getStyle().set("padding", "1rem");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            jar = bytes;
            fileName = metadata.fileName();
            result.setText(getTranslation("publish.received", fileName, bytes.length));
        })));
        upload.setId("plugin-upload");
        upload.setAcceptedFileTypes(".jar", "application/java-archive");
        upload.setMaxFileSize(32 * 1024 * 1024);
        signature.setId("signature");
        signature.setLabel(getTranslation("publish.signature"));
        signature.setHelperText(getTranslation("publish.signature.help"));
        signature.setWidthFull();
        notes.setLabel(getTranslation("publish.notes"));
        notes.setMaxLength(4000);
        notes.setWidthFull();
        submit.setId("submit-release");
        submit.setText(getTranslation("publish.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        result.setId("publish-result");
        result.getElement().setAttribute("aria-live", "polite");
        grid.addColumn(PublishingViews.Release::pluginId).setHeader(getTranslation("field.plugin"));
        grid.addColumn(PublishingViews.Release::version).setHeader(getTranslation("field.version"));
        grid.addColumn(r -> getTranslation("ReleaseStatus." + r.status().name())).setHeader(getTranslation("field.state"));
        grid.addColumn(r -> r.reason() != null ? r.reason() : r.startProblem() != null ? r.startProblem() : "")
                .setHeader(getTranslation("publish.reason")).setFlexGrow(3);
        grid.addColumn(PublishingViews.Release::municipalitiesUsing).setHeader(getTranslation("publish.using"));
        grid.setAllRowsVisible(true);
        Button sign = new Button(getTranslation("publish.sign"), click -> signInBrowser());
        sign.setId("sign-in-browser");
        signature.setHelperText(getTranslation("publish.signature.help"));
        var byHand = new com.vaadin.flow.component.details.Details(getTranslation("publish.signature.byhand"),
                signature);
        add(new H1(getTranslation("nav.publisher")), new H2(getTranslation("publish.new")),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("publish.steps")), upload, sign, byHand,
                notes, submit, result, new H2(getTranslation("publish.mine")), grid);
        refresh();
    }

    /**
     * Signs the chosen jar in this browser with a key it holds that the organisation has approved; the
     * signature lands in the signature field, the private key stays where it is.
     */
    private void signInBrowser() {
        if (jar == null) {
            result.setText(getTranslation("publish.nofile"));
            return;
        }
        BrowserKeys.held(getElement(), caller().userId()).then(String.class, held -> {
            var active = organisations.keys(caller()).stream().filter(k -> k.revokedAt() == null && k.approvedAt() != null)
                    .toList();
            String usable = held == null || held.isBlank() ? null : java.util.Arrays.stream(held.split(","))
                    .filter(spki -> active.stream().anyMatch(k -> k.fingerprint().equals(
                            be.buurtwijzer.core.domain.instruments.JarSignature.fingerprint(
                                    be.buurtwijzer.core.domain.instruments.JarSignature.publicKey(spki)))))
                    .findFirst().orElse(null);
            if (usable == null) {
                result.setText(getTranslation(held == null || held.isBlank() ? "publish.sign.nokey"
                        : "publish.sign.notapproved"));
                return;
            }
            BrowserKeys.sign(getElement(), caller().userId(), "plugin-upload", usable).then(String.class, signed -> {
                signature.setValue(signed);
                result.setText(getTranslation("publish.signed"));
            }, problem -> result.setText(getTranslation("publish.sign.failed")));
        }, problem -> result.setText(getTranslation("keys.browser.unsupported")));
    }

    private Caller caller() {
        return UiSession.requireCaller();
    }

    void submit() {
        if (jar == null) {
            result.setText(getTranslation("publish.nofile"));
            return;
        }
        try {
            PublishingViews.Release release = review.submit(caller(), jar, signature.getValue(), notes.getValue());
            result.setText(getTranslation("publish.submitted", release.pluginId(), release.version()));
            jar = null;
            refresh();
        } catch (ApplicationException e) {
            result.setText(getTranslation("publish.refused", Messages.of(this, e)));
        }
    }

    private void refresh() {
        grid.setItems(review.myReleases(caller()));
    }
}
