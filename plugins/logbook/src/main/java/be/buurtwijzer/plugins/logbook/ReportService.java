package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugin.api.report.FragmentResult;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugins.logbook.domain.Baseline;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.Measurement;
import be.buurtwijzer.plugins.logbook.domain.ReportAssembler;
import be.buurtwijzer.plugins.logbook.domain.ReportDocument;
import be.buurtwijzer.plugins.logbook.domain.ReportInput;
import be.buurtwijzer.plugins.logbook.domain.ReportTemplate;
import be.buurtwijzer.plugins.logbook.domain.ReportTemplates;
import be.buurtwijzer.plugins.logbook.domain.SavedReport;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reports: the templates on offer (the shipped ones and those of template packs the municipality has on), a
 * report assembled from the records and other instruments' fragments, and the reports a municipality keeps.
 */
final class ReportService {

    static final String REPORT = "report";
    static final String SETTINGS = "report-settings";

    private final InstrumentContext context;

    ReportService(InstrumentContext context) {
        this.context = context;
    }

    /** Every template on offer now: shipped first, then the packs', the highest version of each. */
    List<ReportTemplate> templates() {
        return templates(new java.util.HashMap<>());
    }

    /** The templates on offer, and the names of the packs that offer them in {@code packs}; asks the platform once. */
    private List<ReportTemplate> templates(Map<String, String> packs) {
        List<ReportTemplate> all = new ArrayList<>(ReportTemplates.shipped());
        try {
            for (var offered : context.fragments().templates()) {
                packs.put(offered.pluginId(), offered.instrument());
                try {
                    all.add(ReportTemplates.parse(offered.template().json(), offered.pluginId()));
                } catch (IllegalArgumentException unreadable) {
                    context.logger().warning("template " + offered.template().id() + " of " + offered.pluginId()
                            + " is not readable: " + unreadable.getMessage());
                }
            }
        } catch (UnsupportedOperationException olderPlatform) {
            // only the shipped templates
        }
        return all;
    }

    ReportTemplate template(String id, String origin) {
        return templates().stream().filter(t -> t.id().equals(id) && (origin == null || origin.equals(t.origin())))
                .max(Comparator.comparingInt(ReportTemplate::version)).orElseThrow(() -> new InstrumentException(
                        InstrumentException.Kind.NOT_FOUND, "there is no report template " + id, "templateId"));
    }

    List<Payloads.TemplateDetails> templateDetails() {
        Map<String, String> packs = new java.util.HashMap<>();
        List<ReportTemplate> all = templates(packs);
        return all.stream().map(t -> new Payloads.TemplateDetails(t.id(), t.version(), t.origin(),
                packs.getOrDefault(t.origin(), context.text(LogbookInstrument.NAME)), context.text(t.name()),
                t.audience() == null ? "" : context.text(t.audience()), sections(t))).toList();
    }

    private List<Payloads.SectionDetails> sections(ReportTemplate t) {
        List<Payloads.SectionDetails> views = new ArrayList<>();
        for (int i = 0; i < t.sections().size(); i++) {
            var s = t.sections().get(i);
            views.add(new Payloads.SectionDetails(i, s.kind().name(), context.text(s.title()),
                    s.guidance() == null ? "" : context.text(s.guidance()), s.plugin(), s.fragment()));
        }
        return views;
    }

    // --- the reports' layout

    private java.util.Optional<StoredRecord<be.buurtwijzer.plugins.logbook.domain.ReportSettings>> storedSettings() {
        return context.records().listAll(SETTINGS, be.buurtwijzer.plugins.logbook.domain.ReportSettings.class).stream()
                .findFirst();
    }

    be.buurtwijzer.plugins.logbook.domain.ReportSettings settings() {
        return storedSettings().map(StoredRecord::value)
                .orElse(new be.buurtwijzer.plugins.logbook.domain.ReportSettings(null));
    }

    be.buurtwijzer.plugins.logbook.domain.ReportSettings saveSettings(be.buurtwijzer.plugins.logbook.domain.ReportSettings in) {
        String logo = in == null ? null : in.logoFileId();
        if (logo != null && context.files().find(logo).filter(f -> f.kind().equals(LogbookInstrument.LOGO.name()))
                .isEmpty()) {
            throw InstrumentException.invalid("logoFileId", "is not a logo uploaded for this municipality's reports");
        }
        var settings = new be.buurtwijzer.plugins.logbook.domain.ReportSettings(logo);
        var existing = storedSettings();
        if (existing.isPresent()) {
            String old = existing.get().value().logoFileId();
            context.records().update(SETTINGS, existing.get().id(), existing.get().version(), settings);
            if (old != null && !old.equals(logo)) {
                context.files().delete(old);
            }
        } else {
            context.records().create(SETTINGS, settings);
        }
        return settings;
    }

    /** The logo for a page: the reports' own, else the municipality's (set by its administrator), or null. */
    ReportDocument.Photo logo() {
        String id = settings().logoFileId();
        if (id == null) {
            return context.logo().map(this::municipalLogo).orElse(null);
        }
        var file = context.files().find(id).orElse(null);
        return file == null ? null : Photos.forPage(context, new Entry.Attachment(id, file.fileName(), file.mediaType(),
                context.text(new be.buurtwijzer.plugin.api.Text("Logo van ", "Logo of ")) + context.tenant().name(),
                List.of()));
    }

    private ReportDocument.Photo municipalLogo(byte[] png) {
        try {
            var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            String alt = context.text(new be.buurtwijzer.plugin.api.Text("Logo van ", "Logo of ")) + context.tenant().name();
            return image == null ? null : new ReportDocument.Photo(null, alt, png, "image/png", image.getWidth(),
                    image.getHeight());
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }

    byte[] pdf(Payloads.ReportRequest request) {
        return ReportPdf.of(assemble(request), context.locale(), logo());
    }

    byte[] docx(Payloads.ReportRequest request) {
        return ReportDocx.of(assemble(request), context.locale(), logo());
    }

    // --- kept reports

    List<Payloads.SavedReportDetails> saved() {
        return context.records().listAll(REPORT, SavedReport.class).stream()
                .sorted(Comparator.comparing((StoredRecord<SavedReport> r) -> r.value().savedAt()).reversed())
                .map(this::view).toList();
    }

    private Payloads.SavedReportDetails view(StoredRecord<SavedReport> r) {
        SavedReport s = r.value();
        String title = ReportTemplates.parse(s.templateJson(), s.templateOrigin()).name().in(context.locale());
        return new Payloads.SavedReportDetails(r.id(), r.version(), title, s.templateId(), s.templateVersion(),
                s.templateOrigin(), s.theoryId(), s.theoryVersion(), s.from(), s.to(), s.texts(), s.savedBy());
    }

    /** Keeps a report: a new one takes the template and the theory's version as they are now; a kept one keeps them. */
    Payloads.SavedReportDetails save(Payloads.ReportRequest request) {
        if (request == null) {
            throw InstrumentException.invalid("templateId", "is required");
        }
        SavedReport report;
        StoredRecord<SavedReport> existing = request.reportId() == null ? null : stored(request.reportId());
        if (existing == null) {
            ReportTemplate template = template(request.templateId(), request.templateOrigin());
            Integer theoryVersion = request.theoryId() == null ? null
                    : new TheoryService(context).stored(request.theoryId()).value().version();
            report = new SavedReport(template.id(), template.version(), template.origin(), template.json(),
                    request.theoryId(), theoryVersion, request.from(), request.to(), request.texts(),
                    context.clock().instant(), context.user().displayName());
        } else {
            SavedReport s = existing.value();
            report = new SavedReport(s.templateId(), s.templateVersion(), s.templateOrigin(), s.templateJson(),
                    s.theoryId(), s.theoryVersion(), request.from(), request.to(), request.texts(),
                    context.clock().instant(), context.user().displayName());
        }
        int sections = ReportTemplates.parse(report.templateJson(), report.templateOrigin()).sections().size();
        RecordingService.refuse(null, SavedReport.problem(report, sections));
        StoredRecord<SavedReport> saved = existing == null ? context.records().create(REPORT, report)
                : context.records().update(REPORT, existing.id(), request.version() == null ? existing.version()
                        : request.version(), report);
        return view(saved);
    }

    private StoredRecord<SavedReport> stored(String id) {
        return context.records().find(REPORT, id, SavedReport.class).orElseThrow(() -> new InstrumentException(
                InstrumentException.Kind.NOT_FOUND, "there is no report " + id, "reportId"));
    }

    /** The title of the report kept last, without reading the others' templates; empty when there is none. */
    java.util.Optional<String> latestTitle() {
        return context.records().listAll(REPORT, SavedReport.class).stream()
                .max(Comparator.comparing((StoredRecord<SavedReport> r) -> r.value().savedAt()))
                .map(r -> ReportTemplates.parse(r.value().templateJson(), r.value().templateOrigin()).name()
                        .in(context.locale()));
    }

    // --- assembling

    /** The report of a kept report (its template and theory version as they were), or of a template now. */
    ReportDocument assemble(Payloads.ReportRequest request) {
        if (request == null) {
            throw InstrumentException.invalid("templateId", "is required");
        }
        ReportTemplate template;
        Theory theory = null;
        LocalDate from = request.from();
        LocalDate to = request.to();
        Map<String, String> texts = request.texts();
        TheoryService theories = new TheoryService(context);
        if (request.reportId() != null) {
            SavedReport kept = stored(request.reportId()).value();
            template = ReportTemplates.parse(kept.templateJson(), kept.templateOrigin());
            if (kept.theoryId() != null) {
                theory = theories.at(kept.theoryId(), kept.theoryVersion()).orElse(null);
            }
            from = kept.from();
            to = kept.to();
            texts = kept.texts();
        } else {
            template = template(request.templateId(), request.templateOrigin());
            if (request.theoryId() != null) {
                theory = theories.stored(request.theoryId()).value();
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw InstrumentException.invalid("to", "lies before from");
        }
        Map<Integer, String> bySection = SavedReport.bySection(texts);
        RecordingService recording = new RecordingService(context);
        List<Measurement> measurements = theory == null ? List.of() : recording.all();
        String theoryId = request.reportId() != null ? stored(request.reportId()).value().theoryId() : request.theoryId();
        List<Measurement> ofTheory = measurements.stream().filter(m -> m.theoryId().equals(theoryId)).toList();
        List<ReportInput.Story> stories = context.records().listAll(LogbookInstrument.ENTRY, Entry.class).stream()
                .map(r -> new ReportInput.Story(r.id(), r.value())).toList();
        List<Baseline> baselines = context.records().listAll(RecordingService.BASELINE, Baseline.class).stream()
                .map(StoredRecord::value).toList();
        Map<String, String> names = context.register().neighbourhoods().stream()
                .collect(Collectors.toMap(n -> n.id(), n -> n.name(), (a, b) -> a));
        return ReportAssembler.assemble(new ReportInput(template, context.tenant().name(), LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))),
                from, to, theoryId, theory, baselines, names, ofTheory, stories, bySection, theories.categories(), context.locale(),
                new Sources()));
    }

    /** What the assembler asks the platform and the pictures for. */
    private final class Sources implements ReportInput.Sources {

        @Override
        public FragmentResult fragment(ReportTemplate.Section section) {
            try {
                return context.fragments().render(section.plugin(), section.fragment(), section.parameters());
            } catch (UnsupportedOperationException olderPlatform) {
                return FragmentResult.omitted(section.plugin(), section.fragment(), section.plugin(), context.text(
                        new be.buurtwijzer.plugin.api.Text("Dit platform levert geen delen van andere instrumenten.",
                                "This platform offers no parts of other instruments.")));
            }
        }

        @Override
        public ReportFragment.Figure chart(Theory.Indicator indicator, List<Measurement> series) {
            return IndicatorChart.of(indicator, series, context.tenant().name(), context.locale());
        }

        @Override
        public ReportDocument.Photo picture(Entry.Attachment attachment) {
            return Photos.forPage(context, attachment);
        }
    }
}
