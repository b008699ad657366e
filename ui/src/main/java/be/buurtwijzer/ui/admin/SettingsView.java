package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.admin.TenantSettings;
import be.buurtwijzer.core.application.admin.TenantSettingsService;
import be.buurtwijzer.core.application.admin.TenantDetails;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** The municipality's name, default language, logo and colour, for its administrator. */
@Route(value = ":municipality/admin/settings", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.TENANT_ADMIN)
public class SettingsView extends Main {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    final TextField name = new TextField();
    final Select<String> locale = new Select<>();
    final Paragraph result = new Paragraph();
    private final TenantSettingsService settings;
    private TenantDetails current;

    @Inject
    public SettingsView(TenantSettingsService settings, MunicipalityArchives archives,
            be.buurtwijzer.core.application.admin.MunicipalityIdentity identity) {
        this.settings = settings;
        getStyle().set("padding", "1rem");
        name.setLabel(getTranslation("field.name"));
        name.setMaxLength(200);
        locale.setLabel(getTranslation("settings.locale"));
        locale.setItems("nl-BE", "en");
        locale.setItemLabelGenerator(l -> "en".equals(l) ? "English" : "Nederlands");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("nav.settings")), new FormLayout(name, locale), save, result);
        load();
        add(new IdentityForm(identity));
        var export = archives.exportLink(this, getTranslation("settings.export"),
                caller -> archives.exportOwnTicket(caller, current.slug()));
        export.setId("export-municipality");
        add(new com.vaadin.flow.component.html.H2(getTranslation("settings.export")),
                new Paragraph(getTranslation("settings.export.help")), export);
    }

    private void load() {
        current = settings.get(UiSession.requireCaller(), tenantSlug);
        name.setValue(current.name());
        locale.setValue(current.defaultLocale());
    }

    private void save() {
        name.setInvalid(false);
        try {
            settings.update(UiSession.requireCaller(), current.slug(),
                    new TenantSettings(name.getValue(), locale.getValue(), current.version()));
            result.setText(getTranslation("saved"));
            load();
        } catch (InvalidInputException e) {
            e.violations().stream().filter(v -> v.field().equals("name")).forEach(v -> {
                name.setErrorMessage(Messages.of(this, v));
                name.setInvalid(true);
            });
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
            load();
        }
    }
}
