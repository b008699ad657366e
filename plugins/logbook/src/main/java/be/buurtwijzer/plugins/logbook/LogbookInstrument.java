package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.DashboardCardSpec;
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
import be.buurtwijzer.plugin.api.ViewSpec;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.LogbookRules;
import be.buurtwijzer.plugins.logbook.domain.Summary;
import be.buurtwijzer.plugins.logbook.domain.SummaryRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** The progress log (logboek) as an instrument: entries, a summary operation and a CSV export. */
@Extension
public class LogbookInstrument implements Instrument {

    static final String READ = "logbook.read";
    static final String WRITE = "logbook.write";
    static final String ENTRY = "entry";

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(
                new Text("Logboek", "Progress log"),
                new Text("Noteer van bij de start cijfers en verhalen, gekoppeld aan je indicatoren, zodat rapporteren "
                        + "samenleggen wordt in plaats van zoeken.",
                        "Record numbers and stories from the start, tied to your indicators, so that reporting becomes "
                                + "assembling instead of digging."),
                "vaadin:book", "documentation",
                List.of(new PermissionSpec(READ, new Text("Logboek lezen", "Read the progress log"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR, MemberRole.PARTNER)),
                        new PermissionSpec(WRITE, new Text("Logboek aanvullen", "Add to the progress log"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR))),
                1);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(new RecordKind<>(ENTRY, Entry.class, READ, WRITE, LogbookInstrument::check)
                .withPersonalData(LogbookPrivacy.ENTRY));
    }

    @Override
    public be.buurtwijzer.plugin.api.privacy.PrivacyProvider privacy() {
        return new LogbookPrivacy();
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(
                new OperationSpec<>("add-entry", new Text("Regel toevoegen", "Add an entry"), Entry.class, be.buurtwijzer.plugin.api.StoredRecord.class, WRITE,
                        LogbookInstrument::addEntry),
                new OperationSpec<>("summary", new Text("Overzicht", "Summary"), SummaryRequest.class, Summary.class, READ,
                        (context, request) -> LogbookRules.summarise(all(context), request.year())));
    }

    @Override
    public List<ViewSpec> views() {
        return List.of(new ViewSpec("entries", new Text("Logboek", "Progress log"), READ, LogbookView::new));
    }

    @Override
    public DashboardCardSpec dashboardCard() {
        return new DashboardCardSpec(new Text("Logboek", "Progress log"), READ, LogbookView::card);
    }

    @Override
    public List<ExportSpec> exports() {
        return List.of(new ExportSpec("entries-csv", new Text("Logboek als CSV", "Progress log as CSV"), "text/csv",
                "csv", READ, (context, parameters) -> LogbookRules.csv(all(context)).getBytes(StandardCharsets.UTF_8)));
    }

    private static StoredRecord<Entry> addEntry(InstrumentContext context, Entry entry) {
        return context.records().create(ENTRY, entry);
    }

    /** The rule of a stored entry, whoever writes it (the operation, the generic record endpoints). */
    static void check(Entry entry, InstrumentContext context) {
        String problem = LogbookRules.problem(entry);
        if (problem != null) {
            throw InstrumentException.invalid(problem.substring(0, problem.indexOf(':')), problem);
        }
    }

    static List<Entry> all(InstrumentContext context) {
        return context.records().listAll(ENTRY, Entry.class).stream().map(StoredRecord::value).toList();
    }
}
