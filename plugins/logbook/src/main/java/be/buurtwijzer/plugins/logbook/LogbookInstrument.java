package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.Attention;
import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.files.FileKind;
import be.buurtwijzer.plugin.api.privacy.PersonalData;
import be.buurtwijzer.plugins.logbook.domain.Baseline;
import be.buurtwijzer.plugins.logbook.domain.BaselineRules;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.LogbookRules;
import be.buurtwijzer.plugins.logbook.domain.Measurement;
import be.buurtwijzer.plugins.logbook.domain.OwnCategory;
import be.buurtwijzer.plugins.logbook.domain.SavedReport;
import be.buurtwijzer.plugins.logbook.domain.Summary;
import be.buurtwijzer.plugins.logbook.domain.SummaryRequest;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import be.buurtwijzer.plugins.logbook.domain.TheoryVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Documentation (documenteren) as an instrument: the baseline, the theory of change with its indicators,
 * measurements and stories (the progress log it grew out of, whose records it keeps under the plugin id
 * "logbook"), and reports that assemble themselves from these and from other instruments' fragments.
 */
@Extension
public class LogbookInstrument implements Instrument {

    static final String READ = "logbook.read";
    static final String WRITE = "logbook.write";
    static final String ENTRY = "entry";
    static final Text NAME = new Text("Documenteren", "Documentation");

    /** Photos, drawings, audio and video of a story. */
    static final FileKind MEDIA = new FileKind(RecordingService.MEDIA, new Text("Foto's, tekeningen, geluid en video "
            + "bij een verhaal", "Photos, drawings, audio and video of a story"), READ, WRITE, 20L * 1024 * 1024,
            Set.of("image/jpeg", "image/png", "image/gif", "audio/mpeg", "audio/mp4", "audio/ogg", "audio/vnd.wave",
                    "video/mp4", "video/quicktime", "video/webm"));

    /** The municipality's logo on its reports. */
    static final FileKind LOGO = new FileKind("logo", new Text("Logo van de gemeente op haar verslagen",
            "The municipality's logo on its reports"), READ, WRITE, 2L * 1024 * 1024, Set.of("image/png", "image/jpeg"));

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(NAME,
                new Text("Leg de beginsituatie en je veranderingstheorie vast, noteer cijfers en verhalen (met foto's) "
                        + "bij je indicatoren, en maak verslagen die zichzelf samenstellen uit je instrumenten.",
                        "Record the baseline and your theory of change, note numbers and stories (with photos) against "
                                + "your indicators, and make reports that assemble themselves from your instruments."),
                "vaadin:book", "documentation",
                List.of(new PermissionSpec(READ, new Text("Documentatie lezen", "Read the documentation"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR, MemberRole.PARTNER)),
                        new PermissionSpec(WRITE, new Text("Documenteren en verslagen maken", "Document and make reports"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR))),
                2);
    }

    /** Schema 2 gave log entries outcomes and attachments; an entry of schema 1 gets empty ones. */
    @Override
    public JsonObject migrateRecord(String kind, int fromVersion, JsonObject document) {
        if (ENTRY.equals(kind) && fromVersion == 1) {
            var next = Json.createObjectBuilder(document);
            if (!document.containsKey("outcomeIds")) {
                next.add("outcomeIds", Json.createArrayBuilder());
            }
            if (!document.containsKey("attachments")) {
                next.add("attachments", Json.createArrayBuilder());
            }
            return next.build();
        }
        if (fromVersion == 1) {
            return document;
        }
        return Instrument.super.migrateRecord(kind, fromVersion, document);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(new RecordKind<>(ENTRY, Entry.class, READ, WRITE, LogbookInstrument::check)
                        .withPersonalData(LogbookPrivacy.ENTRY),
                new RecordKind<>(TheoryService.THEORY, Theory.class, READ, WRITE,
                        (Theory t, InstrumentContext c) -> RecordingService.refuse(null, be.buurtwijzer.plugins.logbook
                                .domain.TheoryRules.problem(t, null)))
                        .withPersonalData(LogbookPrivacy.SAVED_BY),
                new RecordKind<>(TheoryService.THEORY_VERSION, TheoryVersion.class, READ, WRITE,
                        (TheoryVersion v, InstrumentContext c) -> RecordingService.refuse(null, v.theory() == null
                                ? "theory: is required" : v.theoryId() == null || v.theoryId().isBlank()
                                ? "theoryId: is required" : be.buurtwijzer.plugins.logbook.domain.TheoryRules.problem(
                                v.theory(), null)))
                        .withPersonalData(LogbookPrivacy.SAVED_BY),
                new RecordKind<>(TheoryService.CATEGORY, OwnCategory.class, READ, WRITE,
                        (OwnCategory o, InstrumentContext c) -> TheoryService.check(o))
                        .withPersonalData(PersonalData.none()),
                new RecordKind<>(RecordingService.BASELINE, Baseline.class, READ, WRITE,
                        (Baseline b, InstrumentContext c) -> RecordingService.refuse(null, BaselineRules.problem(b)))
                        .withPersonalData(LogbookPrivacy.CONFIRMED_BY),
                new RecordKind<>(RecordingService.MEASUREMENT, Measurement.class, READ, WRITE,
                        (Measurement m, InstrumentContext c) -> RecordingService.refuse(null,
                                be.buurtwijzer.plugins.logbook.domain.Measurements.shape(m)))
                        .withPersonalData(PersonalData.none()),
                new RecordKind<>(ReportService.SETTINGS, be.buurtwijzer.plugins.logbook.domain.ReportSettings.class, READ,
                        WRITE).withPersonalData(PersonalData.none()),
                new RecordKind<>(ReportService.REPORT, SavedReport.class, READ, WRITE,
                        (SavedReport r, InstrumentContext c) -> RecordingService.refuse(null, SavedReport.stored(r)))
                        .withPersonalData(LogbookPrivacy.SAVED_BY));
    }

    @Override
    public List<FileKind> fileKinds() {
        return List.of(MEDIA, LOGO);
    }

    @Override
    public be.buurtwijzer.plugin.api.privacy.PrivacyProvider privacy() {
        return new LogbookPrivacy();
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(
                new OperationSpec<>("add-entry", new Text("Regel toevoegen", "Add an entry"), Entry.class,
                        Payloads.EntryDetails.class, WRITE, (c, in) -> new RecordingService(c).add(new Payloads.StoryInput(in,
                                false))),
                new OperationSpec<>("add-story", new Text("Verhaal of cijfer toevoegen", "Add a story or a number"),
                        Payloads.StoryInput.class, Payloads.EntryDetails.class, WRITE,
                        (c, in) -> new RecordingService(c).add(in)),
                new OperationSpec<>("entries", new Text("Logboek", "Progress log"), Payloads.Nothing.class, List.class,
                        READ, (c, in) -> new RecordingService(c).entries()),
                new OperationSpec<>("summary", new Text("Overzicht", "Summary"), SummaryRequest.class, Summary.class, READ,
                        (context, request) -> LogbookRules.summarise(all(context), request.year())),
                new OperationSpec<>("categories", new Text("Soorten uitkomsten", "Kinds of outcomes"),
                        Payloads.Nothing.class, List.class, READ, (c, in) -> new TheoryService(c).categoryDetails()),
                new OperationSpec<>("save-category", new Text("Eigen soort uitkomst bewaren", "Save an own kind of outcome"),
                        Payloads.CategoryInput.class, Payloads.CategoryDetails.class, WRITE,
                        (c, in) -> new TheoryService(c).saveCategory(in)),
                new OperationSpec<>("theories", new Text("Veranderingstheorieën", "Theories of change"),
                        Payloads.Nothing.class, List.class, READ, (c, in) -> new TheoryService(c).list()),
                new OperationSpec<>("theory", new Text("Veranderingstheorie", "Theory of change"),
                        Payloads.TheoryRequest.class, Payloads.TheoryDetails.class, READ,
                        (c, in) -> new TheoryService(c).view(in.id(), in.version())),
                new OperationSpec<>("save-theory", new Text("Veranderingstheorie bewaren", "Save a theory of change"),
                        Payloads.TheoryInput.class, Payloads.TheoryDetails.class, WRITE,
                        (c, in) -> new TheoryService(c).save(in)),
                new OperationSpec<>("baselines", new Text("Beginsituaties", "Baselines"), Payloads.Nothing.class,
                        List.class, READ, (c, in) -> new RecordingService(c).baselines()),
                new OperationSpec<>("save-baseline", new Text("Beginsituatie bewaren", "Save a baseline"),
                        Payloads.BaselineInput.class, Payloads.BaselineDetails.class, WRITE,
                        (c, in) -> new RecordingService(c).saveBaseline(in)),
                new OperationSpec<>("confirm-baseline", new Text("Beginsituatie bevestigen", "Confirm a baseline"),
                        Payloads.Confirm.class, Payloads.BaselineDetails.class, WRITE,
                        (c, in) -> new RecordingService(c).confirmBaseline(in)),
                new OperationSpec<>("record-measurement", new Text("Meting noteren", "Record a measurement"),
                        Measurement.class, Payloads.MeasurementDetails.class, WRITE, (c, in) -> new RecordingService(c).record(in)),
                new OperationSpec<>("remove-measurement", new Text("Meting schrappen", "Remove a measurement"),
                        Payloads.Id.class, Boolean.class, WRITE, (c, in) -> new RecordingService(c).removeMeasurement(in.id())),
                new OperationSpec<>("measurements", new Text("Metingen", "Measurements"),
                        Payloads.MeasurementRequest.class, List.class, READ, (c, in) -> new RecordingService(c).measurements(in)),
                new OperationSpec<>("templates", new Text("Sjablonen", "Templates"), Payloads.Nothing.class, List.class,
                        READ, (c, in) -> new ReportService(c).templateDetails()),
                new OperationSpec<>("fragments", new Text("Delen van andere instrumenten", "Parts of other instruments"),
                        Payloads.Nothing.class, List.class, READ, (c, in) -> c.fragments().offered()),
                new OperationSpec<>("report-settings", new Text("Opmaak van de verslagen", "The reports' layout"),
                        Payloads.Nothing.class, be.buurtwijzer.plugins.logbook.domain.ReportSettings.class, READ,
                        (c, in) -> new ReportService(c).settings()),
                new OperationSpec<>("save-report-settings", new Text("Opmaak van de verslagen bewaren",
                        "Save the reports' layout"), be.buurtwijzer.plugins.logbook.domain.ReportSettings.class,
                        be.buurtwijzer.plugins.logbook.domain.ReportSettings.class, WRITE,
                        (c, in) -> new ReportService(c).saveSettings(in)),
                new OperationSpec<>("reports", new Text("Verslagen", "Reports"), Payloads.Nothing.class, List.class, READ,
                        (c, in) -> new ReportService(c).saved()),
                new OperationSpec<>("save-report", new Text("Verslag bewaren", "Save a report"),
                        Payloads.ReportRequest.class, Payloads.SavedReportDetails.class, WRITE,
                        (c, in) -> new ReportService(c).save(in)),
                new OperationSpec<>("report", new Text("Verslag als gegevens", "A report as data"),
                        Payloads.ReportRequest.class, Payloads.ReportData.class, READ,
                        (c, in) -> ReportData.of(new ReportService(c).assemble(in))));
    }

    @Override
    public Attention.Spec attention() {
        return new Attention.Spec(READ, context -> new TheoryService(context).attention());
    }

    @Override
    public List<ExportSpec> exports() {
        return List.of(new ExportSpec("entries-csv", new Text("Logboek als CSV", "Progress log as CSV"), "text/csv",
                        "csv", READ, (context, parameters) -> LogbookRules.csv(all(context), context.locale())),
                new ExportSpec("entries-xlsx", new Text("Logboek als Excel (XLSX)", "Progress log as Excel (XLSX)"),
                        be.buurtwijzer.plugin.api.Csv.XLSX_MEDIA_TYPE, "xlsx", READ,
                        (context, parameters) -> context.spreadsheet(LogbookRules.table(all(context), context.locale()),
                                context.text("Logboek", "Progress log"))),
                new ExportSpec("report-pdf", new Text("Verslag (PDF)", "Report (PDF)"), "application/pdf", "pdf", READ,
                        (c, p) -> new ReportService(c).pdf(request(p))),
                new ExportSpec("report-docx", new Text("Verslag (DOCX)", "Report (DOCX)"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", READ,
                        (c, p) -> new ReportService(c).docx(request(p))));
    }

    /** An export's query: {@code reportId}, or {@code templateId} with {@code theoryId}, {@code from}, {@code to}. */
    static Payloads.ReportRequest request(Map<String, String> p) {
        return new Payloads.ReportRequest(blankless(p.get("reportId")), null, blankless(p.get("templateId")),
                blankless(p.get("templateOrigin")), blankless(p.get("theoryId")), day(p, "from"), day(p, "to"), null);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static java.time.LocalDate day(Map<String, String> p, String name) {
        String value = blankless(p.get(name));
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw InstrumentException.invalid(name, "is not a date like 2026-12-31");
        }
    }

    /**
     * The rule of a stored entry, whoever writes or reads it. Whether its files exist and the consents of the
     * people on them are recorded is checked when a story is added ({@link RecordingService#add}): a consent
     * withdrawn later, or a file gone, must not make the story itself unreadable.
     */
    static void check(Entry entry, InstrumentContext context) {
        String problem = LogbookRules.problem(entry);
        if (problem != null) {
            throw InstrumentException.invalid(problem.substring(0, problem.indexOf(':')), problem);
        }
    }

    /** The entry's rules and its files: each uploaded for stories, in this municipality. */
    static void checkFiles(Entry entry, InstrumentContext context) {
        check(entry, context);
        for (int i = 0; i < entry.attachments().size(); i++) {
            var file = context.files().find(entry.attachments().get(i).fileId());
            if (file.isEmpty() || !file.get().kind().equals(RecordingService.MEDIA)) {
                throw InstrumentException.invalid("attachments[" + i + "].fileId", "is not a file uploaded for this "
                        + "municipality's stories");
            }
        }
    }

    static List<Entry> all(InstrumentContext context) {
        return context.records().listAll(ENTRY, Entry.class).stream().map(StoredRecord::value).toList();
    }
}
