package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.admin.MunicipalityIdentity;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;

/** The municipality's logo and colour, for its administrator: shown in the header and on exports. */
class IdentityForm extends Div {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    final TextField colour = new TextField();
    final Paragraph result = new Paragraph();
    private final Div swatch = new Div();
    private final Div preview = new Div();
    private final MunicipalityIdentity identity;
    private MunicipalityIdentity.Identity current;

    IdentityForm(MunicipalityIdentity identity) {
        this.identity = identity;
        colour.setId("identity-colour");
        colour.setLabel(getTranslation("identity.colour"));
        colour.setHelperText(getTranslation("identity.colour.help"));
        colour.setMaxLength(7);
        colour.setPlaceholder("#1A5FA0");
        colour.setValueChangeMode(ValueChangeMode.EAGER);
        colour.addValueChangeListener(e -> paint(e.getValue()));
        swatch.setWidth("2.5rem");
        swatch.setHeight("2.5rem");
        swatch.getStyle().set("border", "1px solid #767676").set("border-radius", "6px");
        swatch.getElement().setAttribute("aria-hidden", "true");
        Button save = new Button(getTranslation("identity.colour.save"), click -> saveColour());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout colourRow = new HorizontalLayout(colour, swatch, save);
        colourRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        colourRow.getStyle().set("flex-wrap", "wrap");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> saveLogo(bytes))));
        upload.setId("identity-logo");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MunicipalityIdentity.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.addFileRejectedListener(e -> result.setText(getTranslation("error.logo-too-big")));
        Button remove = new Button(getTranslation("identity.logo.remove"), click -> removeLogo());
        result.setId("identity-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("identity.title")), new Paragraph(getTranslation("identity.help")), colourRow,
                new Paragraph(getTranslation("identity.logo.help")), preview, upload, remove, result);
        load();
    }

    private void load() {
        current = identity.get(UiSession.requireCaller(), tenantSlug);
        colour.setValue(current.colour() == null ? "" : current.colour());
        paint(colour.getValue());
        preview.removeAll();
        if (current.hasLogo()) {
            Image logo = new Image(MunicipalityLogo.of(identity, UiSession.requireCaller(), tenantSlug), getTranslation("identity.logo.alt"));
            logo.setMaxHeight("80px");
            preview.add(logo);
        }
    }

    private void paint(String value) {
        boolean valid = value != null && value.matches("#[0-9A-Fa-f]{6}");
        swatch.getStyle().set("background", valid ? value : "transparent");
    }

    private void saveColour() {
        colour.setInvalid(false);
        act(() -> identity.change(UiSession.requireCaller(), tenantSlug,
                new MunicipalityIdentity.Change(colour.getValue(), null, false, current.version())));
    }

    private void saveLogo(byte[] bytes) {
        act(() -> identity.change(UiSession.requireCaller(), tenantSlug,
                new MunicipalityIdentity.Change(current.colour(), bytes, false, current.version())));
    }

    private void removeLogo() {
        act(() -> identity.change(UiSession.requireCaller(), tenantSlug,
                new MunicipalityIdentity.Change(current.colour(), null, true, current.version())));
    }

    private void act(Runnable change) {
        try {
            change.run();
            result.setText(getTranslation("identity.saved"));
            // the header shows the new logo and colour after a reload
            UI.getCurrent().getPage().reload();
        } catch (InvalidInputException e) {
            String message = Messages.of(this, e);
            if (e.violations().stream().anyMatch(v -> "colour".equals(v.field()))) {
                colour.setErrorMessage(message);
                colour.setInvalid(true);
            }
            result.setText(message);
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
            load();
        }
    }
}
