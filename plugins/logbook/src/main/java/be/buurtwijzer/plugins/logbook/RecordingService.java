package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.privacy.DataSubject;
import be.buurtwijzer.plugins.logbook.domain.Baseline;
import be.buurtwijzer.plugins.logbook.domain.BaselineRules;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.LogbookRules;
import be.buurtwijzer.plugins.logbook.domain.Measurement;
import be.buurtwijzer.plugins.logbook.domain.Measurements;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a municipality records: baselines, measurements against indicators, and the log's numbers and stories. */
final class RecordingService {

    static final String BASELINE = "baseline";
    static final String MEASUREMENT = "measurement";
    static final String MEDIA = "story-media";
    /** The purpose under which the consent of people recognisable on a story's picture is recorded. */
    static final String PHOTO_CONSENT = "story-photo";
    static final Text PHOTO_CONSENT_WORDING = new Text("Ik geef toestemming dat de gemeente deze foto, waarop ik "
            + "herkenbaar ben, bewaart bij een verhaal over de zorgzame buurt en gebruikt in verslagen daarover. Ik kan "
            + "dat altijd intrekken; dan verdwijnt de foto.", "I allow the municipality to keep this picture, on which I "
            + "can be recognised, with a story about the caring neighbourhood and to use it in reports about it. I can "
            + "withdraw this at any time; the picture then goes.");

    private final InstrumentContext context;

    RecordingService(InstrumentContext context) {
        this.context = context;
    }

    private Map<String, String> neighbourhoodNames() {
        return context.register().neighbourhoods().stream().collect(Collectors.toMap(n -> n.id(), n -> n.name(),
                (a, b) -> a));
    }

    // --- baselines

    List<Payloads.BaselineDetails> baselines() {
        Map<String, String> names = neighbourhoodNames();
        return context.records().listAll(BASELINE, Baseline.class).stream()
                .map(r -> new Payloads.BaselineDetails(r.id(), r.version(), names.getOrDefault(r.value().neighbourhoodId(), "?"),
                        r.value())).sorted(Comparator.comparing(Payloads.BaselineDetails::neighbourhood)).toList();
    }

    Payloads.BaselineDetails saveBaseline(Payloads.BaselineInput input) {
        if (input == null || input.baseline() == null) {
            throw InstrumentException.invalid("baseline", "is required");
        }
        Baseline edited = new Baseline(input.baseline().neighbourhoodId(), input.baseline().date(),
                input.baseline().figures(), input.baseline().narrative(), null, null);
        refuse("baseline", BaselineRules.problem(edited));
        if (!neighbourhoodNames().containsKey(edited.neighbourhoodId())) {
            throw InstrumentException.invalid("baseline.neighbourhoodId", "is not a neighbourhood of this municipality's "
                    + "register");
        }
        StoredRecord<Baseline> saved;
        if (input.id() == null) {
            if (context.records().listAll(BASELINE, Baseline.class).stream()
                    .anyMatch(r -> r.value().neighbourhoodId().equals(edited.neighbourhoodId()))) {
                throw new InstrumentException(InstrumentException.Kind.CONFLICT, context.text("Deze buurt heeft "
                        + "al een beginsituatie; pas die aan zolang ze niet bevestigd is.", "This neighbourhood has a "
                        + "baseline already; change it as long as it is not confirmed."), "baseline.neighbourhoodId");
            }
            saved = context.records().create(BASELINE, edited);
        } else {
            StoredRecord<Baseline> stored = baseline(input.id());
            String frozen = BaselineRules.change(stored.value(), edited);
            if (frozen != null) {
                throw new InstrumentException(InstrumentException.Kind.CONFLICT, context.text("Deze "
                        + "beginsituatie is bevestigd en ligt vast: latere verslagen vergelijken ermee.", "This baseline "
                        + "was confirmed and is frozen: later reports compare against it."), frozen.substring(0,
                        frozen.indexOf(':')));
            }
            saved = context.records().update(BASELINE, input.id(), input.version() == null ? stored.version()
                    : input.version(), edited);
        }
        return new Payloads.BaselineDetails(saved.id(), saved.version(), neighbourhoodNames().get(edited.neighbourhoodId()),
                saved.value());
    }

    Payloads.BaselineDetails confirmBaseline(Payloads.Confirm input) {
        StoredRecord<Baseline> stored = baseline(input == null ? null : input.id());
        if (stored.value().confirmed()) {
            throw new InstrumentException(InstrumentException.Kind.CONFLICT, context.text("Deze beginsituatie "
                    + "is al bevestigd.", "This baseline is confirmed already."), "id");
        }
        StoredRecord<Baseline> saved = context.records().update(BASELINE, stored.id(), input.version() == null
                ? stored.version() : input.version(), BaselineRules.confirm(stored.value(), context.clock().instant(),
                context.user().displayName()));
        return new Payloads.BaselineDetails(saved.id(), saved.version(), neighbourhoodNames().getOrDefault(
                saved.value().neighbourhoodId(), "?"), saved.value());
    }

    private StoredRecord<Baseline> baseline(String id) {
        if (id == null) {
            throw InstrumentException.invalid("id", "is required");
        }
        return context.records().find(BASELINE, id, Baseline.class).orElseThrow(() -> new InstrumentException(
                InstrumentException.Kind.NOT_FOUND, "there is no baseline " + id, "id"));
    }

    // --- measurements

    Payloads.MeasurementDetails record(Measurement m) {
        if (m == null) {
            throw InstrumentException.invalid("measurement", "is required");
        }
        Theory theory = m.theoryId() == null ? null : new TheoryService(context).stored(m.theoryId()).value();
        refuse(null, Measurements.problem(m, theory, LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels")))));
        StoredRecord<Measurement> stored = context.records().create(MEASUREMENT, m);
        return view(stored, theory);
    }

    List<Payloads.MeasurementDetails> measurements(Payloads.MeasurementRequest request) {
        String theoryId = request == null ? null : request.theoryId();
        String indicatorId = request == null ? null : request.indicatorId();
        Map<String, Theory> theories = new java.util.HashMap<>();
        return context.records().listAll(MEASUREMENT, Measurement.class).stream()
                .filter(r -> theoryId == null || theoryId.equals(r.value().theoryId()))
                .filter(r -> indicatorId == null || indicatorId.equals(r.value().indicatorId()))
                .sorted(Comparator.comparing((StoredRecord<Measurement> r) -> r.value().date()).reversed())
                .map(r -> view(r, theories.computeIfAbsent(r.value().theoryId(), id -> context.records()
                        .find(TheoryService.THEORY, id, Theory.class).map(StoredRecord::value).orElse(null)))).toList();
    }

    List<Measurement> all() {
        return context.records().listAll(MEASUREMENT, Measurement.class).stream().map(StoredRecord::value).toList();
    }

    private static Payloads.MeasurementDetails view(StoredRecord<Measurement> r, Theory theory) {
        var indicator = theory == null ? null : theory.indicator(r.value().indicatorId()).orElse(null);
        return new Payloads.MeasurementDetails(r.id(), r.value(), indicator == null ? "?" : indicator.what(),
                indicator == null ? null : indicator.unit());
    }

    boolean removeMeasurement(String id) {
        if (id == null || context.records().find(MEASUREMENT, id, Measurement.class).isEmpty()) {
            throw new InstrumentException(InstrumentException.Kind.NOT_FOUND, "there is no measurement " + id, "id");
        }
        return context.records().delete(MEASUREMENT, id);
    }

    // --- the log: numbers and stories

    Payloads.EntryDetails add(Payloads.StoryInput input) {
        if (input == null || input.entry() == null) {
            throw InstrumentException.invalid("entry", "is required");
        }
        Entry given = input.entry();
        LogbookInstrument.checkFiles(given, context);
        // the name and type of a file as the platform found them, not as the request says
        Entry entry = new Entry(given.date(), given.title(), given.text(), given.type(), given.count(), given.indicator(),
                given.outcomeIds(), given.attachments().stream().map(a -> {
                    var file = context.files().find(a.fileId()).orElseThrow();
                    return new Entry.Attachment(a.fileId(), file.fileName(), file.mediaType(), a.alt().strip(),
                            a.recognisable());
                }).toList());
        List<String> recognisable = entry.attachments().stream().flatMap(a -> a.recognisable().stream())
                .map(String::strip).distinct().toList();
        if (!recognisable.isEmpty() && !input.consentConfirmed()) {
            throw InstrumentException.invalid("consentConfirmed", context.text("Wie herkenbaar is op een foto, "
                    + "moet toestemming geven. Bevestig dat je die toestemming hebt.", "People who can be recognised on a "
                    + "picture must consent. Confirm that you have their consent."));
        }
        recognisable.forEach(name -> context.consents().give(PHOTO_CONSENT, new DataSubject(null, null, null, name),
                PHOTO_CONSENT_WORDING.nl(), "1"));
        StoredRecord<Entry> stored = context.records().create(LogbookInstrument.ENTRY, entry);
        return new Payloads.EntryDetails(stored.id(), stored.version(), stored.value());
    }

    List<Payloads.EntryDetails> entries() {
        return context.records().listAll(LogbookInstrument.ENTRY, Entry.class).stream()
                .sorted(Comparator.comparing(StoredRecord::value, LogbookRules.NEWEST_FIRST))
                .map(r -> new Payloads.EntryDetails(r.id(), r.version(), r.value())).toList();
    }

    static void refuse(String prefix, String problem) {
        if (problem != null) {
            String field = problem.substring(0, problem.indexOf(':'));
            throw InstrumentException.invalid(prefix == null ? field : prefix + "." + field, problem);
        }
    }
}
