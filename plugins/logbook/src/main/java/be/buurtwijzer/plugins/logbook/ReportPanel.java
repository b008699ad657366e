package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugins.support.DutchDates;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.logbook.Payloads.SavedReportDetails;
import be.buurtwijzer.plugins.logbook.Payloads.TemplateDetails;
import be.buurtwijzer.plugins.logbook.Payloads.TheorySummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reports: choose a template (for a manager, the council, a funder, other neighbourhoods), a theory of change
 * and a period, write the text sections, keep the report and download it as PDF or DOCX. The report is made
 * while it downloads, so the page stays usable; the status says when it is ready and how long it took.
 */
class ReportPanel extends VerticalLayout implements be.buurtwijzer.plugins.support.Sections.Refreshable {

    final ComboBox<TemplateDetails> template = new ComboBox<>();
    final ComboBox<TheorySummary> theory = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    final Div texts = new Div();
    final Button save = new Button();
    final Paragraph result = new Paragraph();
    final Grid<SavedReportDetails> saved = new Grid<>();
    final FlexLayout downloads = new FlexLayout();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final com.vaadin.flow.component.upload.Upload logo;
    final Paragraph logoStatus = new Paragraph();
    private final Map<Integer, TextArea> textAreas = new LinkedHashMap<>();
    private final InstrumentContext context;
    private SavedReportDetails current;

    ReportPanel(InstrumentContext context) {
        this.context = context;
        setPadding(false);
        from = DutchDates.picker(context.text("Van", "From"), context);
        to = DutchDates.picker(context.text("Tot en met", "Up to and including"), context);
        template.setId("report-template");
        template.setLabel(context.text("Sjabloon", "Template"));
        template.setItemLabelGenerator(v -> v.name() + " — " + v.audience() + " (v" + v.version() + ", " + v.originName()
                + ")");
        template.addValueChangeListener(e -> sections(e.getValue(), null));
        theory.setLabel(context.text("Veranderingstheorie (niet verplicht)", "Theory of change (optional)"));
        theory.setItemLabelGenerator(s -> s.name() + " (" + context.text("versie ", "version ") + s.version() + ")");
        theory.setClearButtonVisible(true);
        save.setId("save-report");
        save.setText(context.text("Verslag bewaren", "Keep the report"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        result.getElement().setAttribute("role", "status");
        saved.addColumn(SavedReportDetails::title).setHeader(context.text("Verslag", "Report")).setFlexGrow(2);
        saved.addColumn(r -> period(r.from(), r.to())).setHeader(context.text("Periode", "Period"));
        saved.addColumn(r -> "v" + r.templateVersion()).setHeader(context.text("Sjabloon", "Template"));
        saved.addColumn(r -> r.theoryVersion() == null ? "—" : "v" + r.theoryVersion())
                .setHeader(context.text("Veranderingstheorie", "Theory of change"));
        saved.addColumn(SavedReportDetails::savedBy).setHeader(context.text("Door", "By"));
        saved.setAllRowsVisible(true);
        saved.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        downloads.getStyle().set("gap", "1rem");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", context.text("Het verslag wordt gemaakt",
                "The report is being made"));
        status.setId("report-status");
        status.getElement().setAttribute("role", "status");
        add(new H2(context.text("Verslagen", "Reports")),
                new Paragraph(context.text("Een verslag stelt zichzelf samen uit wat je bijhoudt "
                + "en uit je andere instrumenten; stem het af op wie het leest.", "A report assembles itself from what "
                + "you record and from your other instruments; tailor it to whoever reads it.")));
        if (context.user().has(LogbookInstrument.WRITE)) {
            add(new FormLayout(template, theory, from, to), texts, save, result);
        }
        UI current = UI.getCurrent();
        logo = new com.vaadin.flow.component.upload.Upload(Uploads.inMemory(LogbookInstrument.LOGO.maxBytes(),
                (metadata, bytes) -> current.access(() -> saveLogo(metadata.fileName(), bytes))));
        logo.setId("report-logo");
        if (!"en".equals(context.locale().getLanguage())) {
            logo.setI18n(StoryMedia.dutch("Het logo is groter dan 2 MB.", "Een logo is een PNG of JPEG."));
        }
        logo.setMaxFiles(1);
        logo.setAcceptedFileTypes(".png", ".jpg", ".jpeg");
        logo.setMaxFileSize((int) LogbookInstrument.LOGO.maxBytes());
        logo.getElement().setAttribute("aria-label", context.text("Logo van de gemeente (PNG of JPEG, hoogstens 2 MB)",
                "The municipality's logo (PNG or JPEG, 2 MB at most)"));
        logoStatus.getElement().setAttribute("role", "status");
        add(downloads, progress, status, new H3(context.text("Bewaarde verslagen", "Kept reports")), saved);
        if (context.user().has(LogbookInstrument.WRITE)) {
            add(new H3(context.text("Logo van de gemeente", "The municipality's logo")),
                    new Paragraph(context.text("Het logo staat bovenaan "
                    + "elk verslag (PNG of JPEG, hoogstens 2 MB).", "The logo is at the top of every report (PNG or JPEG, "
                    + "2 MB at most).")), logo, logoStatus);
        }
        refresh();
    }

    private String period(LocalDate start, LocalDate end) {
        return (start == null ? "…" : DutchDates.DATE.format(start)) + " – " + (end == null ? "…"
                : DutchDates.DATE.format(end));
    }

    @SuppressWarnings("unchecked")
    @Override
    public void refresh() {
        List<TemplateDetails> templates = (List<TemplateDetails>) context.call("templates", new Payloads.Nothing());
        template.setItems(templates);
        if (template.getValue() == null) {
            templates.stream().filter(v -> v.id().equals("annual-report")).findFirst().ifPresent(template::setValue);
        }
        List<TheorySummary> theories = (List<TheorySummary>) context.call("theories", new Payloads.Nothing());
        theory.setItems(theories);
        if (theory.getValue() == null && !theories.isEmpty()) {
            theory.setValue(theories.get(0));
        }
        saved.setItems((List<SavedReportDetails>) context.call("reports", new Payloads.Nothing()));
    }

    private void sections(TemplateDetails chosen, Map<String, String> written) {
        texts.removeAll();
        textAreas.clear();
        if (chosen == null) {
            return;
        }
        for (Payloads.SectionDetails s : chosen.sections()) {
            if (s.kind().equals("TEXT")) {
                TextArea area = new TextArea(s.title());
                area.setHelperText(s.guidance());
                area.setWidthFull();
                area.setMaxLength(20_000);
                area.setId("report-text-" + s.index());
                if (written != null && written.get(String.valueOf(s.index())) != null) {
                    area.setValue(written.get(String.valueOf(s.index())));
                }
                textAreas.put(s.index(), area);
                texts.add(area);
            }
        }
    }

    private Map<String, String> writtenTexts() {
        Map<String, String> written = new LinkedHashMap<>();
        textAreas.forEach((index, area) -> {
            if (!area.getValue().isBlank()) {
                written.put(String.valueOf(index), area.getValue());
            }
        });
        return written;
    }

    private void save() {
        try {
            current = (SavedReportDetails) context.call("save-report", new Payloads.ReportRequest(
                    current == null || template.getValue() == null || !current.templateId().equals(template.getValue().id())
                            ? null : current.id(), current == null ? null : current.version(),
                    template.getValue() == null ? null : template.getValue().id(),
                    template.getValue() == null ? null : template.getValue().origin(),
                    theory.getValue() == null ? null : theory.getValue().id(), from.getValue(), to.getValue(),
                    writtenTexts()));
            result.setText(context.text("Verslag bewaard: ", "Report kept: ") + current.title() + ".");
            offerDownloads(current);
            refresh();
        } catch (InstrumentException refused) {
            result.setText(switch (String.valueOf(refused.field())) {
                case "templateId" -> context.text("Kies een sjabloon.", "Choose a template.");
                case "to" -> context.text("De einddatum ligt vóór de begindatum.",
                        "The end date lies before the start date.");
                default -> refused.getMessage();
            });
        }
    }

    private void open(SavedReportDetails report) {
        current = report;
        template.getListDataView().getItems().filter(v -> v.id().equals(report.templateId())).findFirst()
                .ifPresent(template::setValue);
        from.setValue(report.from());
        to.setValue(report.to());
        sections(template.getValue(), report.texts());
        offerDownloads(report);
    }

    private void offerDownloads(SavedReportDetails report) {
        downloads.removeAll();
        String base = "verslag-" + report.templateId() + "-" + LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels")));
        Payloads.ReportRequest request = new Payloads.ReportRequest(report.id(), null, null, null, null, null, null, null);
        downloads.add(download(context.text("Download als PDF", "Download as PDF"), base + ".pdf", "application/pdf",
                        service -> service.pdf(request)),
                download(context.text("Download als DOCX (om te bewerken)", "Download as DOCX (to edit)"), base
                + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        service -> service.docx(request)));
    }

    /** A link that makes the report when it is followed, and says in the page when it is ready. */
    private Anchor download(String text, String file, String type, Function<ReportService, byte[]> format) {
        UI ui = UI.getCurrent();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            long start = System.nanoTime();
            try {
                byte[] bytes = format.apply(new ReportService(context));
                double seconds = (System.nanoTime() - start) / 1e9;
                ui.access(() -> done(context.text("Klaar: " + file + " (" + size(bytes.length) + ", gemaakt in "
                        + String.format(context.locale(), "%.1f", seconds) + " s).", "Ready: " + file + " ("
                        + size(bytes.length) + ", made in " + String.format(context.locale(), "%.1f", seconds) + " s).")));
                return new DownloadResponse(new ByteArrayInputStream(bytes), file, type, bytes.length);
            } catch (RuntimeException failed) {
                ui.access(() -> done(context.text("Het verslag kon niet gemaakt worden: ",
                        "The report could not be made: ")
                        + failed.getMessage()));
                throw failed;
            }
        });
        Anchor link = new Anchor(handler, text);
        link.getElement().setAttribute("download", file);
        link.getElement().addEventListener("click", e -> {
            progress.setVisible(true);
            status.setText(context.text("Het verslag wordt gemaakt…", "The report is being made…"));
            ui.setPollInterval(1000);
        });
        return link;
    }

    private void saveLogo(String fileName, byte[] bytes) {
        try {
            var stored = context.files().store(LogbookInstrument.LOGO.name(), fileName, bytes);
            context.call("save-report-settings", new be.buurtwijzer.plugins.logbook.domain.ReportSettings(stored.id()));
            logoStatus.setText(context.text("Logo bewaard: het staat voortaan op elk verslag.",
                    "Logo saved: it is on every report "
                    + "from now on."));
        } catch (InstrumentException refused) {
            logoStatus.setText(context.text("Dit logo kan niet gebruikt worden: ", "This logo cannot be used: ")
                    + refused.getMessage());
        }
        logo.clearFileList();
    }

    private void done(String message) {
        progress.setVisible(false);
        status.setText(message);
        UI.getCurrent().setPollInterval(-1);
    }

    private String size(int bytes) {
        return String.format(context.locale(), "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
