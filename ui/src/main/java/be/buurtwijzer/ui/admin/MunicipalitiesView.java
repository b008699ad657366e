package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.admin.AdministratorInput;
import be.buurtwijzer.core.application.admin.MemberDetails;
import be.buurtwijzer.core.application.admin.TenantAdministration;
import be.buurtwijzer.core.application.admin.TenantInput;
import be.buurtwijzer.core.application.admin.TenantUpdate;
import be.buurtwijzer.core.application.admin.TenantDetails;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Confirm;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;

/** The platform administrator's municipalities: create one with its first administrator, suspend, reactivate. */
@Route(value = "platform/municipalities", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.PLATFORM_ADMIN)
public class MunicipalitiesView extends Main {

    final Grid<TenantDetails> grid = new Grid<>();
    final TextField slug = new TextField();
    final TextField name = new TextField();
    final Select<String> locale = new Select<>();
    final EmailField adminEmail = new EmailField();
    final TextField adminName = new TextField();
    final Paragraph result = new Paragraph();
    private final TenantAdministration administration;
    private final MunicipalityArchives archives;

    @Inject
    public MunicipalitiesView(TenantAdministration administration, MunicipalityArchives archives) {
        this.administration = administration;
        this.archives = archives;
        getStyle().set("padding", "1rem");
        grid.addColumn(TenantDetails::name).setHeader(getTranslation("field.name"));
        grid.addColumn(TenantDetails::slug).setHeader(getTranslation("municipality.slug"));
        grid.addColumn(t -> MunicipalityArchives.state(this, t)).setHeader(getTranslation("field.state"));
        grid.addComponentColumn(t -> archives.actions(this, t, toggle(t), result, this::refresh))
                .setHeader(getTranslation("field.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        slug.setId("new-slug");
        slug.setLabel(getTranslation("municipality.slug"));
        slug.setHelperText(getTranslation("municipality.slug.help"));
        name.setId("new-name");
        name.setLabel(getTranslation("field.name"));
        locale.setLabel(getTranslation("layout.language"));
        locale.setItems("nl-BE", "en");
        locale.setValue("nl-BE");
        adminEmail.setId("new-admin-email");
        adminEmail.setLabel(getTranslation("municipality.admin.email"));
        adminName.setId("new-admin-name");
        adminName.setLabel(getTranslation("municipality.admin.name"));
        Button create = new Button(getTranslation("municipality.create"), click -> create());
        create.setId("create-municipality");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("municipality-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("nav.municipalities")), grid, new H2(getTranslation("municipality.new")),
                new FormLayout(slug, name, locale, adminEmail, adminName), create, result,
                archives.importForm(this, this::refresh));
        refresh();
    }

    private Button toggle(TenantDetails tenant) {
        boolean active = tenant.status() == TenantStatus.ACTIVE;
        Button button = new Button(getTranslation(active ? "municipality.suspend" : "municipality.reactivate"));
        button.setAriaLabel(button.getText() + ": " + tenant.name());
        Runnable change = () -> {
            try {
                administration.update(UiSession.requireCaller(), tenant.slug(), new TenantUpdate(tenant.name(),
                        tenant.defaultLocale(), active ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE, tenant.version()));
            } catch (ApplicationException e) {
                result.setText(Messages.of(this, e));
            }
            refresh();
        };
        // suspending locks out a whole municipality: its name is typed to confirm
        button.addClickListener(click -> {
            if (active) {
                Confirm.askTyped(this, getTranslation("municipality.suspend.confirm", tenant.name()), tenant.name(),
                        change);
            } else {
                change.run();
            }
        });
        return button;
    }

    void create() {
        Map<String, HasValidation> fields = Map.of("slug", slug, "name", name, "defaultLocale", locale,
                "email", adminEmail, "displayName", adminName);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            TenantDetails tenant = administration.create(UiSession.requireCaller(),
                    new TenantInput(slug.getValue(), name.getValue(), locale.getValue()));
            MemberDetails admin = administration.addAdministrator(UiSession.requireCaller(), tenant.slug(),
                    new AdministratorInput(adminEmail.getValue(), adminName.getValue()));
            result.setText(getTranslation("municipality.created", tenant.name(), admin.email(),
                    admin.oneTimePassword() == null ? getTranslation("municipality.existing")
                            : admin.oneTimePassword()));
            refresh();
        } catch (InvalidInputException e) {
            Messages.showAtFields(this, fields, e);
            result.setText(Messages.of(this, e));
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
        }
    }

    private void refresh() {
        grid.setItems(administration.list(UiSession.requireCaller()));
    }

}
