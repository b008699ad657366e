package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.typology.domain.Answers;
import be.buurtwijzer.plugins.typology.domain.Classifier;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Portfolio;
import be.buurtwijzer.plugins.typology.domain.PortfolioItem;
import be.buurtwijzer.plugins.typology.domain.PortfolioRules;
import be.buurtwijzer.plugins.typology.domain.Proposal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The typology's use cases on one municipality's register and records; the method itself is in {@code domain}. */
public final class TypologyService {

    static final String PROFILE = "profile";

    private final InstrumentContext context;

    /** The answers as the method reads them (links without repeats). */
    static Answers answers(Payloads.AnswersInput input) {
        return new Answers(input.goals(), input.drivers(), input.lead(), input.professionalAreas(),
                input.scale(), input.structure(), input.coreGroupDecidesAll(),
                input.links() == null ? List.of() : input.links().stream().distinct().toList(), input.restsOnOnePerson(),
                input.coreGroupCarriesOutAll(), input.pushedToFormalise());
    }

    public TypologyService(InstrumentContext context) {
        this.context = context;
    }

    public List<StoredRecord<Profile>> profiles() {
        return context.records().listAll(PROFILE, Profile.class);
    }

    public Optional<StoredRecord<Profile>> profile(String initiativeId) {
        return profiles().stream().filter(r -> r.value().initiativeId().equals(initiativeId)).findFirst();
    }

    public RegisterReader.Initiative initiative(String initiativeId) {
        return initiative(initiativeId, context.register().initiatives());
    }

    private RegisterReader.Initiative initiative(String initiativeId, List<RegisterReader.Initiative> initiatives) {
        if (initiativeId == null || initiativeId.isBlank()) {
            throw InstrumentException.invalid("initiativeId", context.text("Kies een initiatief.",
                    "Choose an initiative."));
        }
        return initiatives.stream().filter(i -> i.id().equals(initiativeId)).findFirst()
                .orElseThrow(() -> new InstrumentException(InstrumentException.Kind.NOT_FOUND, initiativeId,
                        "initiativeId"));
    }

    public Payloads.ProfileDetails saveAnswers(Payloads.AnswersInput input) {
        List<RegisterReader.Initiative> initiatives = context.register().initiatives();
        RegisterReader.Initiative initiative = initiative(input.initiativeId(), initiatives);
        Answers answers = answers(input);
        var problems = Classifier.problems(answers);
        if (!problems.isEmpty()) {
            throw InstrumentException.invalid(problems.get(0).field(), problems.stream()
                    .map(p -> context.text(p.message())).collect(Collectors.joining(" ")));
        }
        var known = new HashSet<>(initiatives.stream().map(RegisterReader.Initiative::id).toList());
        for (String link : answers.links()) {
            if (link.equals(initiative.id())) {
                throw InstrumentException.invalid("links", context.text(
                        "Een initiatief kan niet naar zichzelf linken.", "An initiative cannot link to itself."));
            }
            if (!known.contains(link)) {
                throw InstrumentException.invalid("links", context.text(
                        "Link naar een onbekend initiatief: " + link + ".", "Link to an unknown initiative: " + link
                        + "."));
            }
        }
        Optional<StoredRecord<Profile>> stored = profile(initiative.id());
        if (stored.isEmpty()) {
            if (input.version() != null) {
                throw changedMeanwhile(null);
            }
            return view(context.records().create(PROFILE, new Profile(initiative.id(), answers, List.of())));
        }
        requireVersion(stored.get(), input.version());
        return view(context.records().update(PROFILE, stored.get().id(), stored.get().version(),
                new Profile(initiative.id(), answers, stored.get().value().history())));
    }

    static Payloads.ProfileDetails view(StoredRecord<Profile> r) {
        return new Payloads.ProfileDetails(r.value().initiativeId(), r.version(), r.value().answers(), r.value().history());
    }

    /** The change was made on the version the user read, or it is refused: nobody's work is written over. */
    private void requireVersion(StoredRecord<Profile> stored, Long version) {
        if (version == null || version != stored.version()) {
            throw changedMeanwhile(stored.updatedBy());
        }
    }

    private InstrumentException changedMeanwhile(String by) {
        return new InstrumentException(InstrumentException.Kind.CONFLICT, by == null
                ? context.text("De typering van dit initiatief werd intussen gewijzigd. Herlaad en probeer "
                        + "opnieuw; er werd niets overschreven.", "This initiative's typology changed meanwhile. Reload "
                        + "and try again; nothing was overwritten.")
                : context.text("De typering van dit initiatief werd intussen gewijzigd door " + by
                        + ". Herlaad en probeer opnieuw; er werd niets overschreven.", "This initiative's typology was "
                        + "changed meanwhile by " + by + ". Reload and try again; nothing was overwritten."),
                        "version");
    }

    /** The rule of a stored profile, whoever writes it: complete answers and a readable history. */
    static void check(Profile profile, InstrumentContext context) {
        if (profile.initiativeId() == null || profile.initiativeId().isBlank()) {
            throw InstrumentException.invalid("initiativeId", context.text("Een typering hoort bij een "
                    + "initiatief.", "A typology belongs to an initiative."));
        }
        if (profile.answers() == null) {
            throw InstrumentException.invalid("answers", context.text("De antwoorden ontbreken.",
                    "The answers are missing."));
        }
        var problems = Classifier.problems(profile.answers());
        if (!problems.isEmpty()) {
            throw InstrumentException.invalid("answers." + problems.get(0).field(), context.text(problems.get(0).message()));
        }
        for (Classification c : profile.history()) {
            if (c == null || c.at() == null || (c.proposed() == null && c.tiedWith().isEmpty()) || c.chosen() == null
                    || (c.overridden() && (c.reason() == null || c.reason().isBlank()))) {
                throw InstrumentException.invalid("history", context.text("Een beslissing in de geschiedenis "
                        + "is onvolledig.", "A decision in the history is incomplete."));
            }
        }
    }

    public Proposal proposal(String initiativeId) {
        return Classifier.classify(answered(initiativeId).value().answers());
    }

    /** The stored profile of an existing initiative whose questions were answered. */
    private StoredRecord<Profile> answered(String initiativeId) {
        initiative(initiativeId);
        return profile(initiativeId).orElseThrow(() -> InstrumentException.invalid("initiativeId", context.text(
                new Text("Beantwoord eerst de vragen van de typologie voor dit initiatief.",
                        "Answer the typology's questions for this initiative first."))));
    }

    public Payloads.ProfileDetails decide(Payloads.Decision decision) {
        StoredRecord<Profile> stored = answered(decision.initiativeId());
        Proposal proposal = Classifier.classify(stored.value().answers());
        if (decision.type() == null && proposal.tie()) {
            throw InstrumentException.invalid("type", context.text("Het voorstel is een gelijke stand tussen "
                    + labels(proposal, "nl") + ": kies zelf welk type past.", "The proposal is a tie between "
                    + labels(proposal, "en") + ": choose which type fits."));
        }
        InitiativeType chosen = decision.type() == null ? proposal.type() : decision.type();
        boolean overridden = !proposal.follows(chosen);
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().trim();
        if (overridden && reason == null) {
            throw InstrumentException.invalid("reason", context.text(
                    "Zeg waarom je van het voorstel afwijkt; die reden blijft bewaard in de geschiedenis.",
                    "Say why you differ from the proposal; the reason is kept in the history."));
        }
        if (reason != null && reason.length() > 2000) {
            throw InstrumentException.invalid("reason", context.text("De reden is te lang (max. 2000 tekens).",
                    "The reason is too long (at most 2000 characters)."));
        }
        requireVersion(stored, decision.version());
        List<Classification> history = new ArrayList<>(stored.value().history());
        history.add(new Classification(context.clock().instant(), context.user().displayName(), proposal.type(),
                proposal.mixed(), proposal.alsoPointsTo(), chosen, overridden, reason, proposal.summary().nl(),
                proposal.summary().en(), proposal.tiedWith()));
        return view(context.records().update(PROFILE, stored.id(), stored.version(),
                new Profile(stored.value().initiativeId(), stored.value().answers(), history)));
    }

    private static String labels(Proposal proposal, String language) {
        return proposal.tiedWith().stream().map(t -> "en".equals(language) ? t.label().en() : t.label().nl())
                .collect(Collectors.joining("en".equals(language) ? " and " : " en "));
    }

    public Portfolio portfolio(String neighbourhoodId) {
        if (neighbourhoodId != null && !neighbourhoodId.isBlank() && context.register().neighbourhoods().stream()
                .noneMatch(n -> n.id().equals(neighbourhoodId))) {
            throw new InstrumentException(InstrumentException.Kind.NOT_FOUND, neighbourhoodId, "neighbourhoodId");
        }
        Map<String, Profile> byInitiative = profiles().stream().map(StoredRecord::value)
                .collect(Collectors.toMap(Profile::initiativeId, Function.identity(), (a, b) -> a));
        List<PortfolioItem> items = context.register().initiatives().stream().map(i -> {
            Profile p = byInitiative.get(i.id());
            return new PortfolioItem(i.id(), i.name(), i.neighbourhoodId(), i.status(), p == null ? null : p.answers(),
                    p == null ? null : p.currentType());
        }).toList();
        return PortfolioRules.build(items, neighbourhoodId == null || neighbourhoodId.isBlank() ? null : neighbourhoodId);
    }

    public String neighbourhoodName(String neighbourhoodId) {
        return context.register().neighbourhoods().stream().filter(n -> n.id().equals(neighbourhoodId))
                .map(RegisterReader.Neighbourhood::name).findFirst().orElse("");
    }
}
