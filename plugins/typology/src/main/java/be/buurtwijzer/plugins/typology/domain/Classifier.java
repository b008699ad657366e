package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.api.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tabel 1 of seed 003 (§2 "(H)erken de eigenheid en ideale schaal van je initiatieven") as a rule.
 *
 * <p>The seed separates the three types "op basis van (1) hun 'schaal' en (2) de participatie van
 * buren en/of professionals", and the table adds the goal. So four criteria each give one point,
 * shared over the types their answer fits: the goal, the drivers, the operating area of the
 * professionals and the initiative's own scale.
 *
 * <p>The goal weighs most: it decides which types are possible at all ({@link Goal#admits()}). An
 * initiative that only wants meeting or small help is never proposed as neighbourhood-oriented care,
 * and one that only gives care and support is never proposed as a warm neighbour initiative; the
 * drivers, the professionals' area and the scale choose within what the goal admits. When they point
 * elsewhere, the proposal says so as a mixed case ("Deels, want er is overlap mogelijk").
 *
 * <p>A second type is a mixed case when it gets at least one full point and stays within one and a
 * half points of the proposal. Two types with the same score are a tie: both are shown and the user
 * chooses; the tool never settles it.
 */
public final class Classifier {

    /** A second type needs at least one criterion's worth of points to make a case mixed... */
    static final double MIXED_MINIMUM = 1.0;
    /** ...and must come within this many points of the proposal (of the four). */
    static final double MIXED_GAP = 1.5;
    private static final double SAME = 1e-9;

    private Classifier() {
    }

    /** The problems that stop a classification, each with the field it concerns. */
    public static List<Problem> problems(Answers answers) {
        List<Problem> problems = new ArrayList<>();
        if (answers.goals().isEmpty()) {
            problems.add(new Problem("goals", new Text("Kies minstens één doel.", "Choose at least one goal.")));
        }
        if (answers.drivers().isEmpty()) {
            problems.add(new Problem("drivers", new Text("Kies wie het initiatief trekt.", "Choose who drives the initiative.")));
        }
        if (answers.lead() == null) {
            problems.add(new Problem("lead", new Text("Kies wie de leiding heeft.", "Choose who leads.")));
        } else if (answers.lead() == Lead.CITIZENS && !answers.involvesCitizens()) {
            problems.add(new Problem("lead", new Text("Buren of vrijwilligers trekken, maar ze staan niet bij de trekkers.",
                    "Neighbours or volunteers lead, but they are not among the drivers.")));
        } else if (answers.lead() == Lead.PROFESSIONALS && !answers.drivers().contains(Driver.PROFESSIONALS)) {
            problems.add(new Problem("lead", new Text("Professionals trekken, maar ze staan niet bij de trekkers.",
                    "Professionals lead, but they are not among the drivers.")));
        } else if (answers.lead() == Lead.SHARED
                && !(answers.involvesCitizens() && answers.drivers().contains(Driver.PROFESSIONALS))) {
            problems.add(new Problem("lead", new Text("Samen trekken vraagt zowel burgers als professionals bij de trekkers.",
                    "Leading together needs both citizens and professionals among the drivers.")));
        }
        if (answers.drivers().contains(Driver.PROFESSIONALS) && answers.professionalAreas().isEmpty()) {
            problems.add(new Problem("professionalAreas", new Text(
                    "Geef het werkingsgebied van de betrokken professionals.",
                    "Give the operating area of the professionals involved.")));
        }
        if (answers.scale() == null) {
            problems.add(new Problem("scale", new Text("Kies de schaal van het initiatief.", "Choose the initiative's scale.")));
        }
        return problems;
    }

    public record Problem(String field, Text message) {
    }

    public static Proposal classify(Answers answers) {
        List<Problem> problems = problems(answers);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("incomplete answers: " + problems);
        }
        List<Verdict> verdicts = List.of(goal(answers), drivers(answers), professionalArea(answers), scale(answers));
        Map<InitiativeType, Double> scores = new EnumMap<>(InitiativeType.class);
        for (InitiativeType type : InitiativeType.values()) {
            scores.put(type, verdicts.stream().mapToDouble(v -> v.shares().getOrDefault(type, 0.0)).sum());
        }
        Set<InitiativeType> admitted = admitted(answers.goals());
        double best = admitted.stream().mapToDouble(scores::get).max().orElseThrow();
        List<InitiativeType> top = admitted.stream().filter(t -> Math.abs(scores.get(t) - best) < SAME).sorted()
                .toList();
        if (top.size() > 1) {
            return new Proposal(null, false, null, top, Map.copyOf(scores), verdicts, tieSummary(top, verdicts));
        }
        InitiativeType type = top.get(0);
        InitiativeType second = scores.keySet().stream().filter(t -> t != type)
                .sorted(Comparator.comparing((InitiativeType t) -> -scores.get(t)).thenComparing(Enum::ordinal))
                .findFirst().orElseThrow();
        double secondScore = scores.get(second);
        boolean mixed = secondScore >= MIXED_MINIMUM - SAME && best - secondScore <= MIXED_GAP + SAME;
        InitiativeType also = mixed ? second : null;
        return new Proposal(type, mixed, also, List.of(), Map.copyOf(scores), verdicts,
                summary(type, also, also != null && !admitted.contains(also), answers, verdicts));
    }

    /** The types the goals admit together. */
    static Set<InitiativeType> admitted(Set<Goal> goals) {
        Set<InitiativeType> admitted = EnumSet.noneOf(InitiativeType.class);
        goals.forEach(g -> admitted.addAll(g.admits()));
        return admitted;
    }

    static Verdict goal(Answers a) {
        Map<InitiativeType, Double> points = new EnumMap<>(InitiativeType.class);
        List<InitiativeType> pointedTo = new ArrayList<>();
        if (a.goals().contains(Goal.CARE_AND_SUPPORT)) {
            pointedTo.add(InitiativeType.NEIGHBOURHOOD_CARE);
        }
        if (a.goals().contains(Goal.PROMOTING_CARING)) {
            // meeting is the basis of promoting caring, so with it meeting does not point elsewhere
            pointedTo.add(InitiativeType.CARING_NEIGHBOURHOOD);
        } else if (a.goals().contains(Goal.MEETING) || a.goals().contains(Goal.SMALL_HELP)) {
            pointedTo.add(InitiativeType.WARM_NEIGHBOUR);
        }
        pointedTo.forEach(t -> points.put(t, 1.0 / pointedTo.size()));
        String goals = list(a.goals().stream().sorted().map(Goal::label).toList(), "nl");
        String goalsEn = list(a.goals().stream().sorted().map(Goal::label).toList(), "en");
        return new Verdict(Verdict.Criterion.GOAL, points, new Text(
                "Het doel (" + goals + ") past bij " + types(pointedTo, "nl") + ".",
                "The goal (" + goalsEn + ") fits " + types(pointedTo, "en") + "."));
    }

    static Verdict drivers(Answers a) {
        InitiativeType type = switch (a.lead()) {
            case CITIZENS -> InitiativeType.WARM_NEIGHBOUR;
            case SHARED -> InitiativeType.CARING_NEIGHBOURHOOD;
            case PROFESSIONALS -> InitiativeType.NEIGHBOURHOOD_CARE;
        };
        return new Verdict(Verdict.Criterion.DRIVERS, Map.of(type, 1.0), new Text(
                capitalised(a.lead().label().nl()) + ": dat past bij " + type.label().nl() + ".",
                capitalised(a.lead().label().en()) + ": that fits " + type.label().en() + "."));
    }

    static Verdict professionalArea(Answers a) {
        if (a.professionalAreas().isEmpty()) {
            return new Verdict(Verdict.Criterion.PROFESSIONAL_AREA, Map.of(InitiativeType.WARM_NEIGHBOUR, 1.0), new Text(
                    "Er zijn geen professionals betrokken: zo ontstaan warme en zorgzame bureninitiatieven.",
                    "No professionals are involved: that is how warm and caring neighbour initiatives arise."));
        }
        long neighbourhood = a.professionalAreas().stream().filter(Scale::isNeighbourhood).count();
        String areas = list(a.professionalAreas().stream().sorted().map(Scale::label).toList(), "nl");
        String areasEn = list(a.professionalAreas().stream().sorted().map(Scale::label).toList(), "en");
        if (neighbourhood == a.professionalAreas().size()) {
            return new Verdict(Verdict.Criterion.PROFESSIONAL_AREA, Map.of(InitiativeType.WARM_NEIGHBOUR, 0.5,
                    InitiativeType.CARING_NEIGHBOURHOOD, 0.5), new Text(
                    "De professionals werken met de buurt als werkingsgebied (" + areas + "): dat past bij beide "
                            + "buurtgebonden types.",
                    "The professionals have the neighbourhood as their operating area (" + areasEn + "): that fits both "
                            + "neighbourhood-bound types."));
        }
        if (neighbourhood == 0) {
            return new Verdict(Verdict.Criterion.PROFESSIONAL_AREA, Map.of(InitiativeType.NEIGHBOURHOOD_CARE, 1.0),
                    new Text("Alle professionals hebben een groter werkingsgebied dan de buurt (" + areas + "): dat is "
                            + "eigen aan " + InitiativeType.NEIGHBOURHOOD_CARE.label().nl() + ".",
                            "All professionals have an operating area larger than the neighbourhood (" + areasEn
                                    + "): that is typical of " + InitiativeType.NEIGHBOURHOOD_CARE.label().en() + "."));
        }
        return new Verdict(Verdict.Criterion.PROFESSIONAL_AREA, Map.of(InitiativeType.CARING_NEIGHBOURHOOD, 0.5,
                InitiativeType.NEIGHBOURHOOD_CARE, 0.5), new Text(
                "Professionals met de buurt als werkingsgebied én met een groter gebied (" + areas + "): dat past bij "
                        + "zorgzame buurtinitiatieven en bij buurtgerichte zorginitiatieven.",
                "Professionals with the neighbourhood as their area and with a larger area (" + areasEn + "): that fits "
                        + "caring neighbourhood initiatives and neighbourhood-oriented care initiatives."));
    }

    /**
     * The initiative's own scale. Warm and caring neighbour initiatives are "naaste buren in een straat,
     * een gang in een appartementsblok" and "laten zich niet vangen door een strikte geografische
     * afbakening": the lived neighbourhood. Caring neighbourhood initiatives "hebben een 'buurt' als
     * uitgangspunt": the geographic neighbourhood. Neighbourhood-oriented care works "op een schaal die
     * groter is dan één of enkele buurten": the municipality and beyond.
     */
    static Verdict scale(Answers a) {
        Scale scale = a.scale();
        InitiativeType type = scale == Scale.LIVED_NEIGHBOURHOOD ? InitiativeType.WARM_NEIGHBOUR
                : scale == Scale.GEOGRAPHIC_NEIGHBOURHOOD ? InitiativeType.CARING_NEIGHBOURHOOD
                : InitiativeType.NEIGHBOURHOOD_CARE;
        Text why = switch (type) {
            case WARM_NEIGHBOUR -> new Text("buren in een straat of een blok, zonder strikte afbakening",
                    "neighbours in a street or a block, without strict boundaries");
            case CARING_NEIGHBOURHOOD -> new Text("een buurt als uitgangspunt", "a neighbourhood as the starting point");
            case NEIGHBOURHOOD_CARE -> new Text("een schaal groter dan één of enkele buurten",
                    "a scale larger than one or a few neighbourhoods");
        };
        return new Verdict(Verdict.Criterion.SCALE, Map.of(type, 1.0), new Text(
                "Het initiatief werkt op schaal " + scale.label().nl() + " (" + why.nl() + "): dat past bij "
                        + type.label().nl() + ".",
                "The initiative works at the scale of the " + scale.label().en() + " (" + why.en() + "): that fits "
                        + type.label().en() + "."));
    }

    private static Text summary(InitiativeType type, InitiativeType also, boolean alsoExcludedByGoal, Answers answers,
            List<Verdict> verdicts) {
        List<Verdict> deciding = pointingTo(type, verdicts);
        String nl = "Voorstel: " + type.label().nl() + ", want " + criteria(deciding, "nl") + verb(deciding, "wijst",
                "wijzen") + " in die richting.";
        String en = "Proposal: " + type.label().en() + ", because " + criteria(deciding, "en") + verb(deciding, "points",
                "point") + " that way.";
        if (also != null) {
            List<Verdict> other = pointingTo(also, verdicts);
            if (alsoExcludedByGoal) {
                String goals = list(answers.goals().stream().sorted().map(Goal::label).toList(), "nl");
                String goalsEn = list(answers.goals().stream().sorted().map(Goal::label).toList(), "en");
                nl += " Gemengd geval: " + criteria(other, "nl") + verb(other, "wijst", "wijzen") + " naar "
                        + also.label().nl() + ", maar het doel (" + goals + ") past niet bij dat type en weegt het "
                        + "zwaarst. Overlap kan; bekijk of een deelinitiatief of een link met een ander initiatief past.";
                en += " Mixed case: " + criteria(other, "en") + verb(other, "points", "point") + " to "
                        + also.label().en() + ", but the goal (" + goalsEn + ") does not fit that type and weighs "
                        + "most. Overlap happens; consider a sub-initiative or a link with another initiative.";
            } else {
                nl += " Gemengd geval: " + criteria(other, "nl") + verb(other, "wijst", "wijzen") + " ook naar "
                        + also.label().nl()
                        + ". Overlap kan; bekijk of een deelinitiatief of een link met een ander initiatief past.";
                en += " Mixed case: " + criteria(other, "en") + verb(other, "also points", "also point") + " to "
                        + also.label().en()
                        + ". Overlap happens; consider a sub-initiative or a link with another initiative.";
            }
        }
        return new Text(nl, en);
    }

    private static Text tieSummary(List<InitiativeType> tied, List<Verdict> verdicts) {
        List<String> nl = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (InitiativeType type : tied) {
            List<Verdict> pointing = pointingTo(type, verdicts);
            nl.add(criteria(pointing, "nl") + verb(pointing, "wijst", "wijzen") + " naar " + type.label().nl());
            en.add(criteria(pointing, "en") + verb(pointing, "points", "point") + " to " + type.label().en());
        }
        String names = list(tied.stream().map(InitiativeType::label).toList(), "nl");
        String namesEn = list(tied.stream().map(InitiativeType::label).toList(), "en");
        return new Text("Gelijke stand tussen " + names + ": " + String.join("; ", nl) + ". Kies zelf welk type het "
                + "best past; overlap kan, bekijk ook of een deelinitiatief of een link met een ander initiatief past.",
                "A tie between " + namesEn + ": " + String.join("; ", en) + ". Choose which type fits best; overlap "
                        + "happens, consider a sub-initiative or a link with another initiative as well.");
    }

    private static List<Verdict> pointingTo(InitiativeType type, List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> v.shares().getOrDefault(type, 0.0) > 0).toList();
    }

    private static String verb(List<Verdict> verdicts, String singular, String plural) {
        return " " + (singular(verdicts) ? singular : plural);
    }

    private static boolean singular(List<Verdict> verdicts) {
        return verdicts.size() == 1 && !verdicts.get(0).criterion().plural();
    }

    private static String criteria(List<Verdict> verdicts, String language) {
        return list(verdicts.stream().map(v -> v.criterion().phrase()).toList(), language);
    }

    private static String types(List<InitiativeType> types, String language) {
        return list(types.stream().map(InitiativeType::label).toList(), language);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String list(List<Text> texts, String language) {
        List<String> words = texts.stream().map(t -> "en".equals(language) ? t.en() : t.nl()).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        String last = words.get(words.size() - 1);
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
                + ("en".equals(language) ? " and " : " en ") + last;
    }
}
