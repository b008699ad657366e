package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.api.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tabel 1 of seed 003 as a rule: each of its three rows (goal, drivers, operating area of the
 * professionals) gives one point, shared over the types its answer fits; the type with most
 * points is proposed. A second type with at least one full point is reported as a mixed case.
 * Where two types tie, the drivers decide: the seed separates the types first by who takes part.
 */
public final class Classifier {

    private static final double MIXED_THRESHOLD = 1.0;

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
            problems.add(new Problem("lead", new Text("Buren of vrijwilligers trekken, maar ze staan niet bij de drivers.",
                    "Neighbours or volunteers lead, but they are not among the drivers.")));
        } else if (answers.lead() == Lead.PROFESSIONALS && !answers.drivers().contains(Driver.PROFESSIONALS)) {
            problems.add(new Problem("lead", new Text("Professionals trekken, maar ze staan niet bij de drivers.",
                    "Professionals lead, but they are not among the drivers.")));
        } else if (answers.lead() == Lead.SHARED
                && !(answers.involvesCitizens() && answers.drivers().contains(Driver.PROFESSIONALS))) {
            problems.add(new Problem("lead", new Text("Samen trekken vraagt zowel burgers als professionals bij de drivers.",
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
        List<Verdict> verdicts = List.of(goal(answers), drivers(answers), professionalArea(answers));
        Map<InitiativeType, Double> scores = new EnumMap<>(InitiativeType.class);
        for (InitiativeType type : InitiativeType.values()) {
            scores.put(type, verdicts.stream().mapToDouble(v -> v.shares().getOrDefault(type, 0.0)).sum());
        }
        InitiativeType driversChoice = strongest(verdicts.get(1).shares());
        List<InitiativeType> ranked = scores.keySet().stream()
                .sorted(Comparator.comparing((InitiativeType t) -> -scores.get(t))
                        .thenComparing(t -> t == driversChoice ? 0 : 1).thenComparing(Enum::ordinal))
                .toList();
        InitiativeType type = ranked.get(0);
        InitiativeType second = ranked.get(1);
        boolean mixed = scores.get(second) >= MIXED_THRESHOLD;
        return new Proposal(type, mixed, mixed ? second : null, Map.copyOf(scores), verdicts,
                summary(type, mixed ? second : null, verdicts));
    }

    private static InitiativeType strongest(Map<InitiativeType, Double> shares) {
        return shares.entrySet().stream().max(Map.Entry.<InitiativeType, Double>comparingByValue()
                .thenComparing(e -> -e.getKey().ordinal())).map(Map.Entry::getKey).orElseThrow();
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

    private static Text summary(InitiativeType type, InitiativeType also, List<Verdict> verdicts) {
        List<Verdict> deciding = verdicts.stream().filter(v -> v.shares().getOrDefault(type, 0.0) > 0).toList();
        boolean one = singular(deciding);
        String nl = "Voorstel: " + type.label().nl() + ", want " + criteria(deciding, "nl") + (one ? " wijst" : " wijzen")
                + " in die richting.";
        String en = "Proposal: " + type.label().en() + ", because " + criteria(deciding, "en") + (one ? " points" : " point")
                + " that way.";
        if (also != null) {
            List<Verdict> other = verdicts.stream().filter(v -> v.shares().getOrDefault(also, 0.0) > 0).toList();
            nl += " Gemengd geval: " + criteria(other, "nl") + (singular(other) ? " wijst" : " wijzen") + " ook naar "
                    + also.label().nl()
                    + ". Overlap kan; bekijk of een deelinitiatief of een link met een ander initiatief past.";
            en += " Mixed case: " + criteria(other, "en") + (singular(other) ? " also points" : " also point") + " to "
                    + also.label().en()
                    + ". Overlap happens; consider a sub-initiative or a link with another initiative.";
        }
        return new Text(nl, en);
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
