package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.FactorCatalogue;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import be.buurtwijzer.plugins.spiderweb.domain.Sector;
import be.buurtwijzer.plugins.spiderweb.domain.WebRules;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The spider web's use cases on one municipality's register and records; the method is in {@code domain}. */
public final class SpiderWebService {

    static final String WEB = "web";
    static final String SNAPSHOT = "snapshot";
    static final String FACTOR = "factor";
    private static final int TEXT_LIMIT = 4000;

    private final InstrumentContext context;

    public SpiderWebService(InstrumentContext context) {
        this.context = context;
    }

    private <T> List<StoredRecord<T>> all(String kind, Class<T> type) {
        return context.records().listAll(kind, type);
    }

    public List<Payloads.WebSummary> webs() {
        List<StoredRecord<Documents.Snapshot>> snapshots = all(SNAPSHOT, Documents.Snapshot.class);
        return all(WEB, Documents.Web.class).stream().map(r -> new Payloads.WebSummary(r.id(), r.value().name(),
                r.value().challenge(), r.value().state().placements().size(),
                (int) snapshots.stream().filter(s -> s.value().webId().equals(r.id())).count()))
                .sorted(java.util.Comparator.comparing(Payloads.WebSummary::name)).toList();
    }

    /**
     * What each web asks to act on, for the home page (API 1.6): a partner who must collaborate more
     * intensely than today, fire left unused, too little diversity, mostly referring. "More than needed"
     * only asks to consider, and stays on the web's page.
     */
    public List<be.buurtwijzer.plugin.api.Attention> attention() {
        return all(WEB, Documents.Web.class).stream()
                .sorted(java.util.Comparator.comparing(r -> r.value().name().toLowerCase(java.util.Locale.ROOT)))
                .flatMap(r -> WebRules.signals(r.value().state()).stream()
                        .filter(s -> !"MORE_THAN_NEEDED".equals(s.kind()))
                        .map(s -> new be.buurtwijzer.plugin.api.Attention(new Text(r.value().name() + " — "
                                + s.message().nl(), r.value().name() + " — " + s.message().en()), null)))
                .toList();
    }

    public StoredRecord<Documents.Web> web(String webId) {
        if (webId == null || webId.isBlank()) {
            throw InstrumentException.invalid("webId", context.text("Kies een spinnenweb.", "Choose a spider web."));
        }
        return context.records().find(WEB, webId, Documents.Web.class)
                .orElseThrow(() -> new InstrumentException(InstrumentException.Kind.NOT_FOUND, webId, "webId"));
    }

    public Payloads.WebDetails view(String webId) {
        return view(web(webId));
    }

    Payloads.WebDetails view(StoredRecord<Documents.Web> r) {
        Map<String, String> forms = new java.util.LinkedHashMap<>();
        r.value().state().placements().stream().filter(p -> p.needed() != null)
                .forEach(p -> forms.put(p.actorId(), context.text(CollaborationCheck.forms(p.needed()))));
        return new Payloads.WebDetails(r.id(), r.version(), r.value().name(), r.value().challenge(), r.value().kind(),
                r.value().state(), WebRules.signals(r.value().state()).stream()
                        .map(s -> new Payloads.SignalDetails(s.kind(), s.actorId(), context.text(s.message()))).toList(),
                r.value().networkCheck(), forms);
    }

    /**
     * The partner scan belongs to the partner and the municipality: its latest answers, from whichever web
     * they were given in, so a scan is not made again for every web.
     */
    public Payloads.PartnerScanDetails partnerScan(Payloads.PartnerScanRequest request) {
        String actorId = request.actorId();
        if (actorId == null || context.register().actors().stream().noneMatch(a -> a.id().equals(actorId))) {
            throw new InstrumentException(InstrumentException.Kind.NOT_FOUND, String.valueOf(actorId), "actorId");
        }
        return context.records().listAll(WEB, Documents.Web.class).stream()
                .filter(r -> !r.id().equals(request.exceptWebId()))
                .sorted(java.util.Comparator.comparing((StoredRecord<Documents.Web> r) -> r.updatedAt()).reversed())
                .flatMap(r -> r.value().state().placements().stream()
                        .filter(p -> actorId.equals(p.actorId()) && !p.scan().isEmpty())
                        .map(p -> new Payloads.PartnerScanDetails(actorId, r.id(), r.value().name(), r.updatedAt(), p.scan())))
                .findFirst().orElseGet(() -> new Payloads.PartnerScanDetails(actorId, null, null, null, Map.of()));
    }

    public Payloads.WebDetails save(Payloads.WebInput input) {
        if (input.name() == null || input.name().isBlank()) {
            throw InstrumentException.invalid("name", context.text("Geef het spinnenweb een naam.",
                    "Give the spider web a name."));
        }
        if (input.name().length() > 200) {
            throw InstrumentException.invalid("name", context.text("De naam is te lang (max. 200 tekens).",
                    "The name is too long (at most 200 characters)."));
        }
        if (input.challenge() != null && input.challenge().length() > TEXT_LIMIT) {
            throw InstrumentException.invalid("challenge", context.text("De uitdaging is te lang (max. 4000 tekens).",
                    "The challenge is too long (at most 4000 characters)."));
        }
        Map<String, RegisterReader.Actor> actors = context.register().actors().stream()
                .collect(Collectors.toMap(RegisterReader.Actor::id, Function.identity()));
        List<Placement> placements = new ArrayList<>();
        for (Payloads.PlacementInput p : input.placements() == null ? List.<Payloads.PlacementInput>of()
                : input.placements()) {
            RegisterReader.Actor actor = actors.get(p.actorId());
            if (p.scan() != null && p.scan().values().stream().anyMatch(a -> a != null && a.length() > TEXT_LIMIT)) {
                throw InstrumentException.invalid("placements",
                        context.text("Een antwoord van de partnerscan is te lang "
                        + "(max. 4000 tekens).", "An answer of the partner scan is too long (at most 4000 characters)."));
            }
            placements.add(new Placement(p.actorId(), actor == null ? null : actor.name(),
                    actor == null ? Sector.OTHER : Sector.of(actor.sector()), p.current(), p.needed(), p.participation(),
                    p.enthusiasm(), p.scan()));
        }
        List<FactorScore> factors = input.factors() == null ? List.of() : input.factors();
        for (FactorScore f : factors) {
            if (java.util.stream.Stream.of(f.use(), f.deviation(), f.consequence(), f.absorption())
                    .anyMatch(s -> s != null && s.length() > TEXT_LIMIT)) {
                throw InstrumentException.invalid("factors",
                        context.text("Een tekst bij een factor is te lang (max. 4000 tekens).",
                        "A text with a factor is too long (at most 4000 characters)."));
            }
        }
        WebState state = new WebState(placements, factors);
        var problems = WebRules.problems(state, actors.keySet(), factorsById().keySet());
        if (!problems.isEmpty()) {
            throw InstrumentException.invalid(problems.get(0).field(), context.text(problems.get(0).message()));
        }
        Map<CollaborationCheck.Characteristic, Documents.CheckAnswer> check = input.networkCheck() == null ? Map.of()
                : input.networkCheck();
        if (check.values().stream().anyMatch(a -> a == null || (a.note() != null && a.note().length() > TEXT_LIMIT))) {
            throw InstrumentException.invalid("networkCheck",
                    context.text("Een antwoord van de zelfcheck ontbreekt of is te lang "
                    + "(max. 4000 tekens).", "An answer of the self-check is missing or too long (at most 4000 "
                    + "characters)."));
        }
        Documents.Web web = new Documents.Web(input.name().trim(), input.challenge(),
                input.kind() == null ? Documents.WebKind.CHALLENGE : input.kind(), state, check);
        if (input.webId() == null || input.webId().isBlank()) {
            return view(context.records().create(WEB, web));
        }
        StoredRecord<Documents.Web> stored = web(input.webId());
        if (input.version() == null || input.version() != stored.version()) {
            throw new InstrumentException(InstrumentException.Kind.CONFLICT,
                    context.text("Dit spinnenweb werd intussen "
                    + "gewijzigd door " + stored.updatedBy() + ". Herlaad het en breng je wijziging opnieuw aan; er werd "
                    + "niets overschreven.", "This spider web was changed meanwhile by " + stored.updatedBy()
                    + ". Reload it and make your change again; nothing was overwritten."), "version");
        }
        return view(context.records().update(WEB, stored.id(), stored.version(), web));
    }

    /** The rules of the stored documents, whoever writes them (see {@link be.buurtwijzer.plugin.api.RecordKind}). */
    static void checkWeb(Documents.Web web, InstrumentContext context) {
        checkName(web.name(), "name", context);
        checkText(web.challenge(), "challenge", context);
        checkState(web.state(), context);
    }

    static void checkSnapshot(Documents.Snapshot snapshot, InstrumentContext context) {
        if (snapshot.webId() == null || snapshot.webId().isBlank() || snapshot.date() == null) {
            throw InstrumentException.invalid("webId", context.text("Een momentopname hoort bij een web en "
                    + "heeft een datum.", "A snapshot belongs to a web and has a date."));
        }
        checkName(snapshot.label(), "label", context);
        checkState(snapshot.state(), context);
    }

    static void checkFactor(Documents.CustomFactor factor, InstrumentContext context) {
        if (factor.kind() == null) {
            throw InstrumentException.invalid("kind", context.text("Kies stimulerend of remmend.",
                    "Choose stimulating or inhibiting."));
        }
        checkName(factor.nl(), "nl", context);
        if (factor.en() != null && factor.en().length() > 200) {
            checkName(factor.en(), "en", context);
        }
    }

    private static void checkName(String name, String field, InstrumentContext context) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InstrumentException.invalid(field, context.text("Een naam van 1 tot 200 tekens is nodig.",
                    "A name of 1 to 200 characters is needed."));
        }
    }

    private static void checkText(String text, String field, InstrumentContext context) {
        if (text != null && text.length() > TEXT_LIMIT) {
            throw InstrumentException.invalid(field, context.text("De tekst is te lang (max. 4000 tekens).",
                    "The text is too long (at most 4000 characters)."));
        }
    }

    private static void checkState(WebState state, InstrumentContext context) {
        if (state == null) {
            throw InstrumentException.invalid("state", context.text("Het web is leeg.", "The web is empty."));
        }
        var problems = WebRules.problems(state, null, null);
        if (!problems.isEmpty()) {
            throw InstrumentException.invalid(problems.get(0).field(), context.text(problems.get(0).message()));
        }
        for (Placement p : state.placements()) {
            if (p.scan().values().stream().anyMatch(a -> a != null && a.length() > TEXT_LIMIT)) {
                checkText("x".repeat(TEXT_LIMIT + 1), "placements", context);
            }
        }
    }

    public Map<String, Factor> factorsById() {
        List<Factor> own = all(FACTOR, Documents.CustomFactor.class).stream()
                .map(r -> new Factor("custom-" + r.id(), r.value().kind(), new Text(r.value().nl(),
                        r.value().en() == null || r.value().en().isBlank() ? r.value().nl() : r.value().en()), false))
                .toList();
        Map<String, Factor> byId = new LinkedHashMap<>();
        FactorCatalogue.with(own).forEach(f -> byId.put(f.id(), f));
        return byId;
    }

    public List<Payloads.FactorDetails> factors() {
        return factorsById().values().stream().map(f -> new Payloads.FactorDetails(f.id(), f.kind().name(),
                context.text(f.label()), f.fromSeed())).toList();
    }

    public Payloads.FactorDetails addFactor(Payloads.FactorInput input) {
        if (input.kind() == null) {
            throw InstrumentException.invalid("kind", context.text("Kies stimulerend of remmend.",
                    "Choose stimulating or inhibiting."));
        }
        if (input.nl() == null || input.nl().isBlank() || input.nl().length() > 200) {
            throw InstrumentException.invalid("nl", context.text("Geef de factor een naam (max. 200 tekens).",
                    "Give the factor a name (at most 200 characters)."));
        }
        if (input.en() != null && input.en().length() > 200) {
            throw InstrumentException.invalid("en", context.text("De Engelse naam is te lang (max. 200 tekens).",
                    "The English name is too long (at most 200 characters)."));
        }
        boolean exists = factorsById().values().stream()
                .anyMatch(f -> f.label().nl().equalsIgnoreCase(input.nl().trim()));
        if (exists) {
            throw new InstrumentException(InstrumentException.Kind.CONFLICT,
                    context.text("Die factor staat al in de lijst.",
                    "That factor is already in the list."), "nl");
        }
        var stored = context.records().create(FACTOR, new Documents.CustomFactor(input.kind(), input.nl().trim(),
                input.en() == null ? null : input.en().trim()));
        return new Payloads.FactorDetails("custom-" + stored.id(), input.kind().name(), input.nl().trim(), false);
    }

    public Payloads.SnapshotDetails snapshot(Payloads.SnapshotRequest request) {
        StoredRecord<Documents.Web> web = web(request.webId());
        String label = request.label() == null || request.label().isBlank()
                ? context.text("Momentopname", "Snapshot") : request.label().trim();
        if (label.length() > 200) {
            throw InstrumentException.invalid("label", context.text("De naam is te lang (max. 200 tekens).",
                    "The name is too long (at most 200 characters)."));
        }
        LocalDate date = request.date() != null ? request.date()
                : LocalDate.ofInstant(context.clock().instant(), ZoneId.of("Europe/Brussels"));
        var stored = context.records().create(SNAPSHOT, new Documents.Snapshot(web.id(), label, date,
                context.clock().instant(), context.user().displayName(), web.value().state()));
        return snapshotDetails(stored);
    }

    private static Payloads.SnapshotDetails snapshotDetails(StoredRecord<Documents.Snapshot> s) {
        return new Payloads.SnapshotDetails(s.id(), s.value().webId(), s.value().label(), s.value().date(), s.value().takenBy());
    }

    public List<Payloads.SnapshotDetails> snapshots(String webId) {
        web(webId);
        return all(SNAPSHOT, Documents.Snapshot.class).stream().filter(s -> s.value().webId().equals(webId))
                .sorted(java.util.Comparator.comparing((StoredRecord<Documents.Snapshot> s) -> s.value().date())
                        .thenComparing(s -> s.value().takenAt()))
                .map(SpiderWebService::snapshotDetails).toList();
    }

    StoredRecord<Documents.Snapshot> snapshotOf(String webId, String snapshotId, String field) {
        return context.records().find(SNAPSHOT, snapshotId == null ? "" : snapshotId, Documents.Snapshot.class)
                .filter(s -> s.value().webId().equals(webId))
                .orElseThrow(() -> new InstrumentException(InstrumentException.Kind.NOT_FOUND, String.valueOf(snapshotId),
                        field));
    }

    public Payloads.ComparisonDetails compare(Payloads.CompareRequest request) {
        StoredRecord<Documents.Web> web = web(request.webId());
        var from = snapshotOf(web.id(), request.from(), "from");
        var to = request.to() == null || request.to().isBlank() ? null : snapshotOf(web.id(), request.to(), "to");
        var comparison = WebRules.compare(from.value().state(), to == null ? web.value().state() : to.value().state());
        Map<String, Factor> factors = factorsById();
        Function<WebRules.Move, Payloads.MoveDetails> move = m -> new Payloads.MoveDetails(m.actorId(), m.actorName(), m.from(), m.to());
        return new Payloads.ComparisonDetails(from.value().label(), to == null ? context.text("nu",
                "now") : to.value().label(),
                comparison.inward().stream().map(move).toList(), comparison.outward().stream().map(move).toList(),
                comparison.joined(), comparison.left(), comparison.factors().stream()
                        .map(c -> new Payloads.FactorChangeDetails(c.factorId(), factors.containsKey(c.factorId())
                                ? context.text(factors.get(c.factorId()).label()) : c.factorId(), c.from(), c.to()))
                        .toList());
    }
}
