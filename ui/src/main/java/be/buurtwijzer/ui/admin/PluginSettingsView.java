package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.instruments.PluginSettingsService;
import be.buurtwijzer.core.application.instruments.PluginSettingsService.SettingChange;
import be.buurtwijzer.core.application.instruments.PluginSettingsService.SettingView;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Values a platform administrator sets for instruments, the same for every municipality and without a new
 * release: e.g. the legal caps of volunteer allowances for a new year, with their source.
 */
@Route(value = "platform/plugin-settings", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.PLATFORM_ADMIN)
public class PluginSettingsView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    final Grid<SettingView> grid = new Grid<>();
    final H2 selected = new H2();
    final Paragraph description = new Paragraph();
    final Paragraph example = new Paragraph();
    final TextArea value = new TextArea();
    final Button save = new Button();
    final Paragraph result = new Paragraph();
    private final PluginSettingsService settings;
    private SettingView current;

    @Inject
    public PluginSettingsView(PluginSettingsService settings) {
        this.settings = settings;
        getStyle().set("padding", "1rem").set("max-width", "70rem");
        grid.addColumn(SettingView::instrument).setHeader(getTranslation("settings.plugin.instrument")).setAutoWidth(true);
        grid.addColumn(SettingView::label).setHeader(getTranslation("settings.plugin.setting")).setFlexGrow(2);
        grid.addColumn(s -> s.updatedAt() == null ? getTranslation("settings.plugin.unset")
                : getTranslation("settings.plugin.set", WHEN.format(s.updatedAt()), s.updatedBy()))
                .setHeader(getTranslation("settings.plugin.state")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));
        value.setId("plugin-setting-value");
        value.setLabel(getTranslation("settings.plugin.value"));
        value.setWidthFull();
        value.setMinHeight("12rem");
        value.getStyle().set("font-family", "monospace");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        result.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("nav.plugin-settings")), new Paragraph(getTranslation("settings.plugin.intro")), grid,
                selected, description, example, value, save, result);
        refresh();
        select(null);
    }

    private void refresh() {
        try {
            grid.setItems(settings.list(UiSession.requireCaller(), UiSession.locale()));
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
        }
    }

    private void select(SettingView setting) {
        current = setting;
        boolean shown = setting != null;
        selected.setText(shown ? setting.instrument() + ": " + setting.label() : "");
        // an empty heading is noise for a screen reader: it is shown only with a text
        selected.setVisible(shown);
        description.setText(shown ? setting.description() : "");
        example.setText(shown ? getTranslation("settings.plugin.example", setting.example()) : "");
        value.setVisible(shown);
        save.setVisible(shown);
        value.setValue(shown && setting.value() != null ? setting.value() : shown ? setting.example() : "");
        value.setInvalid(false);
    }

    private void save() {
        value.setInvalid(false);
        try {
            SettingView saved = settings.change(UiSession.requireCaller(), current.pluginId(), current.key(),
                    new SettingChange(value.getValue(), current.version()));
            result.setText(getTranslation("settings.plugin.saved", saved.label()));
            refresh();
            select(saved);
        } catch (be.buurtwijzer.core.application.shared.InvalidInputException e) {
            Messages.showAtFields(this, java.util.Map.of("value", value), e)
                    .forEach(v -> result.setText(Messages.of(this, v)));
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
        }
    }
}
