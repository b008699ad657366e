package be.buurtwijzer.ui.privacy;

import be.buurtwijzer.core.application.privacy.ProcessingActivity;
import be.buurtwijzer.core.application.privacy.RetentionChange;
import be.buurtwijzer.core.application.privacy.RetentionService;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.plugin.api.Csv;
import be.buurtwijzer.plugin.ui.Downloads;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The municipality's processing register (GDPR art. 30) for its administrator and data-protection officer:
 * what personal data it holds, by instrument, purpose, legal basis and retention; and its own retention for
 * an instrument's kind of record, within bounds.
 */
@Route(value = ":municipality/admin/processing-register", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.TENANT_ADMIN)
public class ProcessingRegisterView extends Main {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    final Grid<ProcessingActivity> grid = new Grid<>();
    final H2 selected = new H2();
    final IntegerField days = new IntegerField();
    final Button save = new Button();
    final Button reset = new Button();
    final Paragraph result = new Paragraph();
    private final RetentionService retention;
    private ProcessingActivity current;

    @Inject
    public ProcessingRegisterView(RetentionService retention) {
        this.retention = retention;
        getStyle().set("padding", "1rem");
        grid.addColumn(ProcessingActivity::source).setHeader(getTranslation("processing.source")).setAutoWidth(true);
        grid.addColumn(l -> l.fields().stream().map(ProcessingActivity.Field::description)
                .collect(Collectors.joining("; "))).setHeader(getTranslation("processing.fields")).setFlexGrow(3);
        grid.addColumn(l -> l.fields().stream().map(f -> getTranslation("DataSubjectKind." + f.about())).distinct()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("processing.about")).setFlexGrow(2);
        grid.addColumn(ProcessingActivity::purpose).setHeader(getTranslation("processing.purpose")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation("LegalBasis." + l.legalBasis())).setHeader(getTranslation("processing.basis"));
        grid.addColumn(this::retention).setHeader(getTranslation("processing.retention"));
        grid.addColumn(l -> getTranslation("processing.records", l.records())).setHeader(getTranslation(
                "processing.count"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));
        days.setLabel(getTranslation("processing.own-days"));
        days.setMin(30);
        days.setMax(3650);
        days.setStepButtonsVisible(true);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> change(() -> retention.override(UiSession.requireCaller(), tenant(),
                current.pluginId(), current.kind(), new RetentionChange(days.getValue()))));
        reset.setText(getTranslation("processing.reset"));
        reset.addClickListener(e -> change(() -> retention.reset(UiSession.requireCaller(), tenant(), current.pluginId(),
                current.kind())));
        result.getElement().setAttribute("role", "status");
        Anchor csv = new Anchor(Downloads.of("verwerkingsregister.csv", "text/csv", this::csv),
                getTranslation("processing.csv"));
        csv.getElement().setAttribute("download", "verwerkingsregister.csv");
        FlexLayout editor = new FlexLayout(days, save, reset);
        editor.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        editor.getStyle().set("gap", "1rem").set("align-items", "baseline");
        add(new H1(getTranslation("nav.processing-register")), new Paragraph(getTranslation("processing.intro")), csv,
                grid, selected, editor, result);
        select(null);
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(retention.register(UiSession.requireCaller(), tenant(), UiSession.locale()));
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
        }
    }

    private void select(ProcessingActivity line) {
        current = line != null && line.pluginId() != null ? line : null;
        boolean editable = current != null;
        selected.setText(editable ? getTranslation("processing.selected", line.source()) : "");
        days.setVisible(editable);
        save.setVisible(editable);
        reset.setVisible(editable);
        days.setValue(editable ? current.effectiveDays() : null);
        days.setInvalid(false);
        if (line != null && line.pluginId() == null) {
            selected.setText(getTranslation("processing.platform-line"));
        }
        // an empty heading is noise for a screen reader: it is shown only with a text
        selected.setVisible(!selected.getText().isEmpty());
    }

    private void change(java.util.function.Supplier<ProcessingActivity> action) {
        days.setInvalid(false);
        try {
            ProcessingActivity changed = action.get();
            result.setText(getTranslation("processing.saved", changed.effectiveDays() == null
                    ? getTranslation("processing.while-used") : getTranslation("processing.days",
                            changed.effectiveDays())));
            refresh();
        } catch (InvalidInputException e) {
            Messages.showAtFields(this, java.util.Map.of("days", days), e)
                    .forEach(v -> result.setText(Messages.of(this, v)));
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
        }
    }

    private byte[] csv() {
        List<ProcessingActivity> lines = retention.register(UiSession.requireCaller(), tenant(), UiSession.locale());
        Csv csv = Csv.forBelgianExcel().row(getTranslation("processing.source"), getTranslation("processing.fields"),
                getTranslation("processing.about"), getTranslation("processing.purpose"),
                getTranslation("processing.basis"), getTranslation("processing.retention"),
                getTranslation("processing.count"));
        for (ProcessingActivity l : lines) {
            csv.row(l.source(), l.fields().stream().map(ProcessingActivity.Field::description)
                            .collect(Collectors.joining("; ")), l.fields().stream().map(f -> getTranslation(
                            "DataSubjectKind." + f.about())).distinct().collect(Collectors.joining(", ")), l.purpose(),
                    getTranslation("LegalBasis." + l.legalBasis()), retention(l), Long.toString(l.records()));
        }
        return csv.toExcelBytes();
    }

    private String retention(ProcessingActivity line) {
        if (line.effectiveDays() != null) {
            return getTranslation("processing.days", line.effectiveDays());
        }
        return getTranslation(line.pluginId() == null ? "processing.while-platform" : "processing.while-used");
    }

    private String tenant() {
        return tenantSlug;
    }
}
