package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.logbook.Payloads.CategoryDetails;
import be.buurtwijzer.plugins.logbook.Payloads.TheoryDetails;
import be.buurtwijzer.plugins.logbook.domain.OutcomeCategories;
import be.buurtwijzer.plugins.logbook.domain.OwnCategory;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import be.buurtwijzer.plugins.logbook.domain.TheoryRules;
import be.buurtwijzer.plugins.logbook.domain.TheoryVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Theories of change and their versions, and the outcome categories they draw from. */
final class TheoryService {

    static final String THEORY = "theory";
    static final String THEORY_VERSION = "theory-version";
    static final String CATEGORY = "outcome-category";

    private final InstrumentContext context;

    TheoryService(InstrumentContext context) {
        this.context = context;
    }

    OutcomeCategories categories() {
        return OutcomeCategories.shipped().with(context.records().listAll(CATEGORY, OwnCategory.class).stream()
                .map(r -> r.value().category()).toList());
    }

    List<CategoryDetails> categoryDetails() {
        return categories().all().stream().map(c -> new CategoryDetails(c.id(), c.aspect(), context.text(c.aspect().label()),
                context.text(c.name()), c.outcomes().stream().map(context::text).toList(),
                c.tips().stream().map(context::text).toList(), c.shipped())).toList();
    }

    CategoryDetails saveCategory(Payloads.CategoryInput input) {
        if (input == null) {
            throw InstrumentException.invalid("id", "is required");
        }
        OwnCategory own = new OwnCategory(input.id(), input.aspect(), input.nl() == null ? null : input.nl().strip(),
                input.en() == null ? null : input.en().strip());
        check(own);
        var existing = context.records().listAll(CATEGORY, OwnCategory.class).stream()
                .filter(r -> r.value().id().equals(own.id())).findFirst();
        if (existing.isPresent()) {
            context.records().update(CATEGORY, existing.get().id(), existing.get().version(), own);
        } else {
            context.records().create(CATEGORY, own);
        }
        return categoryDetails().stream().filter(c -> c.id().equals(own.id())).findFirst().orElseThrow();
    }

    static void check(OwnCategory own) {
        String problem = OwnCategory.problem(own);
        if (problem != null) {
            throw InstrumentException.invalid(problem.substring(0, problem.indexOf(':')), problem);
        }
    }

    /** Each theory of change's open points, named after the theory, for the home page (API 1.6). */
    List<be.buurtwijzer.plugin.api.Attention> attention() {
        return context.records().listAll(THEORY, Theory.class).stream()
                .sorted(Comparator.comparing(r -> r.value().name().toLowerCase(java.util.Locale.ROOT)))
                .flatMap(r -> warningTexts(r.value()).stream().map(w -> new be.buurtwijzer.plugin.api.Attention(
                        new Text(r.value().name() + ": " + w.nl(), r.value().name() + ": " + w.en()), null)))
                .toList();
    }

    List<Payloads.TheorySummary> list() {
        return context.records().listAll(THEORY, Theory.class).stream()
                .sorted(Comparator.comparing(r -> r.value().name().toLowerCase(java.util.Locale.ROOT)))
                .map(r -> new Payloads.TheorySummary(r.id(), r.value().name(), r.value().version(),
                        r.value().outcomes().size(), r.value().indicators().size(),
                        TheoryRules.warnings(r.value()).size())).toList();
    }

    StoredRecord<Theory> stored(String id) {
        if (id == null || id.isBlank()) {
            throw InstrumentException.invalid("theoryId", "is required");
        }
        return context.records().find(THEORY, id, Theory.class).orElseThrow(() -> new InstrumentException(
                InstrumentException.Kind.NOT_FOUND, "there is no theory of change " + id, "theoryId"));
    }

    /** The theory as it was at {@code version}, or as it is now when version is null. */
    Optional<Theory> at(String id, Integer version) {
        Optional<StoredRecord<Theory>> current = context.records().find(THEORY, id, Theory.class);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        if (version == null || version == current.get().value().version()) {
            return Optional.of(current.get().value());
        }
        return versions(id).stream().map(TheoryVersion::theory).filter(t -> t.version() == version).findFirst();
    }

    private List<TheoryVersion> versions(String id) {
        return context.records().listAll(THEORY_VERSION, TheoryVersion.class).stream().map(StoredRecord::value)
                .filter(v -> v.theoryId().equals(id)).sorted(Comparator.comparingInt(v -> v.theory().version())).toList();
    }

    TheoryDetails view(String id, Integer version) {
        StoredRecord<Theory> current = stored(id);
        Theory shown = at(id, version).orElseThrow(() -> new InstrumentException(InstrumentException.Kind.NOT_FOUND,
                "there is no version " + version, "version"));
        return new TheoryDetails(id, current.version(), shown, warnings(shown),
                versions(id).stream().map(v -> v.theory().version()).toList());
    }

    List<String> warnings(Theory theory) {
        return warningTexts(theory).stream().map(context::text).toList();
    }

    static List<Text> warningTexts(Theory theory) {
        return TheoryRules.warnings(theory).stream().map(w -> switch (w.kind()) {
            case NO_IMPACT -> new Text("De beoogde impact is nog niet beschreven.", "The intended impact is not described yet.");
            case NO_OUTCOMES -> new Text("Er zijn nog geen tussentijdse uitkomsten.", "There are no intermediate outcomes yet.");
            case OUTCOME_WITHOUT_INDICATOR -> new Text("Bij de uitkomst '" + outcome(theory, w.about()) + "' staat nog geen "
                    + "indicator: wat ga je bijhouden?", "The outcome '" + outcome(theory, w.about()) + "' has no indicator "
                    + "yet: what will you record?");
            case INDICATOR_WITHOUT_TARGET -> new Text("De indicator '" + theory.indicator(w.about()).map(Theory.Indicator::what)
                    .orElse(w.about()) + "' heeft nog geen streefwaarde.", "The indicator '" + theory.indicator(w.about())
                    .map(Theory.Indicator::what).orElse(w.about()) + "' has no target yet.");
        }).toList();
    }

    private static String outcome(Theory theory, String id) {
        return theory.outcome(id).map(Theory.Outcome::text).orElse(id);
    }

    TheoryDetails save(Payloads.TheoryInput input) {
        if (input == null || input.theory() == null) {
            throw InstrumentException.invalid("theory", "is required");
        }
        String problem = TheoryRules.problem(input.theory(), categories());
        if (problem != null) {
            throw InstrumentException.invalid("theory." + problem.substring(0, problem.indexOf(':')), problem);
        }
        String neighbourhood = input.theory().neighbourhoodId();
        if (neighbourhood != null && context.register().neighbourhoods().stream().noneMatch(n -> n.id().equals(neighbourhood))) {
            throw InstrumentException.invalid("theory.neighbourhoodId", "is not a neighbourhood of this municipality's "
                    + "register");
        }
        StoredRecord<Theory> saved;
        if (input.id() == null) {
            Theory first = TheoryRules.nextVersion(null, input.theory(), context.clock().instant(),
                    context.user().displayName());
            saved = context.records().create(THEORY, first);
        } else {
            StoredRecord<Theory> current = stored(input.id());
            Theory next = TheoryRules.nextVersion(current.value(), input.theory(), context.clock().instant(),
                    context.user().displayName());
            saved = context.records().update(THEORY, input.id(), input.recordVersion() == null ? current.version()
                    : input.recordVersion(), next);
        }
        context.records().create(THEORY_VERSION, new TheoryVersion(saved.id(), saved.value()));
        return view(saved.id(), null);
    }
}
