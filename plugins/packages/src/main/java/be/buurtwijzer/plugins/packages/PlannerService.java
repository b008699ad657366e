package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Adoption;
import be.buurtwijzer.plugins.packages.domain.Division;
import be.buurtwijzer.plugins.packages.domain.PackageProposer;
import be.buurtwijzer.plugins.packages.domain.PackageEdits;
import be.buurtwijzer.plugins.packages.domain.PackageRules;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The planner's use cases on one municipality's records and register; the method is in {@code domain}. */
public final class PlannerService {

    static final String PLAN = "plan";
    private static final int TEXT_LIMIT = 4000;

    private final InstrumentContext context;

    public PlannerService(InstrumentContext context) {
        this.context = context;
    }

    public List<Payloads.PlanSummary> plans() {
        return context.records().listAll(PLAN, Documents.Plan.class).stream()
                .map(r -> new Payloads.PlanSummary(r.id(), r.value().challenge(), r.value().activities().size(),
                        r.value().packages().size()))
                .sorted(Comparator.comparing(Payloads.PlanSummary::challenge)).toList();
    }

    /** Each plan's warnings from the seed's rules, named after the plan's challenge, for the home page (API 1.6). */
    public List<be.buurtwijzer.plugin.api.Attention> attention() {
        Map<String, Scale> areas = partnerAreas();
        return context.records().listAll(PLAN, Documents.Plan.class).stream()
                .sorted(Comparator.comparing(r -> r.value().challenge()))
                .flatMap(r -> {
                    Documents.Plan p = r.value();
                    return PackageRules.analyse(p.activities(), p.links(), p.packages(), p.linkSetups(), areas)
                            .warnings().stream().map(w -> new be.buurtwijzer.plugin.api.Attention(new Text(
                                    p.challenge() + ": " + w.nl(), p.challenge() + ": " + w.en()), null));
                })
                .toList();
    }

    public StoredRecord<Documents.Plan> stored(String planId) {
        if (planId == null || planId.isBlank()) {
            throw InstrumentException.invalid("planId", context.text("Kies een planning.", "Choose a plan."));
        }
        return context.records().find(PLAN, planId, Documents.Plan.class)
                .orElseThrow(() -> new InstrumentException(InstrumentException.Kind.NOT_FOUND, planId, "planId"));
    }

    public Payloads.PlanDetails view(String planId) {
        return view(stored(planId));
    }

    Payloads.PlanDetails view(StoredRecord<Documents.Plan> r) {
        Documents.Plan p = r.value();
        return new Payloads.PlanDetails(r.id(), r.version(), p, PackageRules.analyse(p.activities(), p.links(),
                p.packages(), p.linkSetups(), partnerAreas()));
    }

    /** The operating area of every register actor that has one. */
    Map<String, Scale> partnerAreas() {
        return partnerAreas(context.register().actors());
    }

    static Map<String, Scale> partnerAreas(List<RegisterReader.Actor> actors) {
        Map<String, Scale> areas = new HashMap<>();
        for (RegisterReader.Actor actor : actors) {
            if (actor.operatingArea() != null) {
                try {
                    areas.put(actor.id(), Scale.valueOf(actor.operatingArea()));
                } catch (IllegalArgumentException unknown) {
                    // an area this plugin does not know is left out of the check
                }
            }
        }
        return areas;
    }

    public Payloads.PlanDetails save(Payloads.PlanInput input) {
        Documents.Plan plan = new Documents.Plan(input.challenge() == null ? null : input.challenge().trim(),
                input.description(), input.activities(), input.links(), input.packages(), input.reality(),
                input.connections(), input.shortTermGoals(), input.longTermGoals(), input.linkSetups());
        check(plan);
        if (input.planId() == null || input.planId().isBlank()) {
            return view(context.records().create(PLAN, plan));
        }
        StoredRecord<Documents.Plan> stored = stored(input.planId());
        requireVersion(stored, input.version());
        return view(context.records().update(PLAN, stored.id(), stored.version(), plan));
    }

    /** A change is made on the version that was read, or refused: nobody's work is written over. */
    private void requireVersion(StoredRecord<Documents.Plan> stored, Long version) {
        if (version == null || version != stored.version()) {
            throw new InstrumentException(InstrumentException.Kind.CONFLICT,
                    context.text("Deze planning werd intussen gewijzigd "
                    + "door " + stored.updatedBy() + ". Herlaad ze en breng je wijziging opnieuw aan; er werd niets "
                    + "overschreven.", "This plan was changed meanwhile by " + stored.updatedBy() + ". Reload it and make "
                    + "your change again; nothing was overwritten."), "version");
        }
    }

    /** The rule of a stored plan, whoever writes it: a named challenge and a consistent plan. */
    static void checkStored(Documents.Plan plan, InstrumentContext context) {
        if (plan.challenge() == null || plan.challenge().isBlank() || plan.challenge().length() > 200) {
            throw InstrumentException.invalid("challenge", context.text("Geef de uitdaging een naam (max. "
                    + "200 tekens).", "Name the challenge (at most 200 characters)."));
        }
        var problems = PackageRules.problems(plan.activities(), plan.links(), plan.packages());
        if (!problems.isEmpty()) {
            throw InstrumentException.invalid(problems.get(0).field(), context.text(problems.get(0).message()));
        }
    }

    private void check(Documents.Plan plan) {
        checkStored(plan, context);
        Set<String> actors = context.register().actors().stream().map(RegisterReader.Actor::id)
                .collect(Collectors.toSet());
        for (Activity a : plan.activities()) {
            for (String partner : a.partners()) {
                if (!actors.contains(partner)) {
                    throw InstrumentException.invalid("activities", context.text("Onbekende partner bij '" + a.name()
                            + "': "
                            + partner + ".", "Unknown partner of '" + a.name() + "': " + partner + "."));
                }
            }
        }
        boolean tooLong = Stream.concat(Stream.of(plan.description(), plan.reality().stimulatingToUse(),
                        plan.reality().removableInhibiting(), plan.connections(), plan.shortTermGoals(),
                        plan.longTermGoals()), plan.reality().deviations().stream()
                        .flatMap(d -> Stream.of(d.factor(), d.deviation(), d.consequence(), d.absorption())))
                .anyMatch(s -> s != null && s.length() > TEXT_LIMIT);
        if (tooLong) {
            throw InstrumentException.invalid("reality", context.text("Een tekst is te lang (max. 4000 tekens).",
                    "A text is too long (at most 4000 characters)."));
        }
    }

    /** The tool's proposal for the stored plan (pins kept); nothing is stored. */
    public Division propose(String planId) {
        Documents.Plan plan = stored(planId).value();
        return PackageProposer.propose(plan.activities(), plan.links());
    }

    /** Replaces the packages by the proposal; a package that keeps most of its activities keeps its name and answers. */
    public Payloads.PlanDetails applyProposal(Payloads.VersionedRef ref) {
        StoredRecord<Documents.Plan> stored = stored(ref.planId());
        requireVersion(stored, ref.version());
        Documents.Plan plan = stored.value();
        List<PackageSetup> packages = Adoption.adopt(PackageProposer.propose(plan.activities(), plan.links()),
                plan.packages());
        return view(context.records().update(PLAN, stored.id(), stored.version(), plan.withPackages(packages)));
    }

    /** A proposed division of one package (e.g. a team above eight partners), by the same method. */
    public Division split(Payloads.SplitRequest request) {
        Documents.Plan plan = stored(request.planId()).value();
        PackageSetup setup = plan.packages().stream().filter(p -> p.name().equals(request.packageName())).findFirst()
                .orElseThrow(() -> new InstrumentException(InstrumentException.Kind.NOT_FOUND,
                        String.valueOf(request.packageName()), "packageName"));
        return PackageEdits.splitProposal(setup, plan.activities(), plan.links());
    }
}
