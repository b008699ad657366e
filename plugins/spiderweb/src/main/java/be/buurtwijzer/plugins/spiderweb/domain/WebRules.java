package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The spider web's checks, signals and comparisons (seed 003: "Ontwar de bomen", step 5 and 6, partner scan). */
public final class WebRules {

    public static final int MAX_SCORE = 5;

    private WebRules() {
    }

    public record Problem(String field, Text message) {
    }

    public record Signal(String kind, String actorId, Text message) {
    }

    public record Move(String actorId, String actorName, Intensity from, Intensity to) {
    }

    public record FactorChange(String factorId, int from, int to) {
    }

    public record Comparison(List<Move> inward, List<Move> outward, List<String> joined, List<String> left,
            List<FactorChange> factors) {
    }

    /**
     * What makes a web unusable. {@code knownActors} and {@code knownFactors} are the register's actors
     * and the municipality's factors when saving; null checks the web on its own (a stored document).
     */
    public static List<Problem> problems(WebState state, Set<String> knownActors, Set<String> knownFactors) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Placement p : state.placements()) {
            if (p.actorId() == null || p.actorId().isBlank()
                    || knownActors != null && !knownActors.contains(p.actorId())) {
                problems.add(new Problem("placements", new Text("Onbekende actor: " + p.actorId() + ".",
                        "Unknown actor: " + p.actorId() + ".")));
            } else if (!seen.add(p.actorId())) {
                problems.add(new Problem("placements", new Text("Een actor staat maar één keer in het web.",
                        "An actor appears only once in the web.")));
            }
            if (p.current() == null) {
                problems.add(new Problem("placements", new Text("Geef voor elke actor de huidige samenwerkingsintensiteit.",
                        "Give every actor's current collaboration intensity.")));
            }
        }
        Set<String> scored = new HashSet<>();
        for (FactorScore f : state.factors()) {
            if (f.factorId() == null || f.factorId().isBlank()
                    || knownFactors != null && !knownFactors.contains(f.factorId())) {
                problems.add(new Problem("factors", new Text("Onbekende factor: " + f.factorId() + ".",
                        "Unknown factor: " + f.factorId() + ".")));
            } else if (!scored.add(f.factorId())) {
                problems.add(new Problem("factors", new Text("Een factor krijgt maar één score.",
                        "A factor gets one score only.")));
            }
            if (f.score() < 0 || f.score() > MAX_SCORE) {
                problems.add(new Problem("factors", new Text("Een score ligt tussen 0 en " + MAX_SCORE + ".",
                        "A score lies between 0 and " + MAX_SCORE + ".")));
            }
        }
        return problems;
    }

    /** What the seed asks to look at in a web. */
    public static List<Signal> signals(WebState state) {
        List<Signal> signals = new ArrayList<>();
        for (Placement p : state.placements()) {
            if (p.gap() > 0) {
                signals.add(new Signal("GAP", p.actorId(), new Text(p.actorName() + ": de samenwerking vraagt '"
                        + p.needed().label().nl() + "', nu is het '" + p.current().label().nl() + "'.",
                        p.actorName() + ": the collaboration needs '" + p.needed().label().en() + "', now it is '"
                                + p.current().label().en() + "'.")));
            } else if (p.gap() < 0) {
                signals.add(new Signal("MORE_THAN_NEEDED", p.actorId(), new Text(p.actorName()
                        + ": intenser dan nodig; niet iedereen moet met iedereen samenwerken.",
                        p.actorName() + ": more intense than needed; not everyone has to work with everyone.")));
            }
            if (p.enthusiasm() == Enthusiasm.FIRE && p.current() != null
                    && p.current().level() <= Intensity.SHARE_INFORMATION.level()) {
                signals.add(new Signal("UNUSED_FIRE", p.actorId(), new Text(p.actorName()
                        + " heeft vuur maar werkt nog weinig mee: zoek samen laaghangend fruit.",
                        p.actorName() + " has fire but hardly collaborates yet: look for low-hanging fruit together.")));
            }
        }
        Set<Sector> sectors = state.placements().stream().map(Placement::sector).collect(Collectors.toSet());
        if (!state.placements().isEmpty() && (sectors.size() < 3 || Set.of(Sector.CARE, Sector.WELFARE).containsAll(sectors))) {
            signals.add(new Signal("LIMITED_DIVERSITY", null, new Text(
                    "Beperkte diversiteit aan partners: betrek ook buren, vrijwilligers en andere sectoren (wonen, werk, "
                            + "cultuur, onderwijs, ...).",
                    "Limited diversity of partners: involve neighbours, volunteers and other sectors too (housing, "
                            + "employment, culture, education, ...).")));
        }
        long low = state.placements().stream().filter(p -> p.current() != null
                && p.current().level() <= Intensity.SHARE_INFORMATION.level()).count();
        if (state.placements().size() >= 3 && low * 2 > state.placements().size()) {
            signals.add(new Signal("MOSTLY_REFERRING", null, new Text(
                    "De meeste samenwerking is doorverwijzen of informatie delen: in complexe situaties schiet dat tekort.",
                    "Most collaboration is referring or sharing information: in complex situations that falls short.")));
        }
        return signals;
    }

    public static Comparison compare(WebState from, WebState to) {
        Map<String, Placement> before = byActor(from);
        Map<String, Placement> after = byActor(to);
        List<Move> inward = new ArrayList<>();
        List<Move> outward = new ArrayList<>();
        for (Placement now : after.values()) {
            Placement then = before.get(now.actorId());
            if (then != null && then.current() != null && now.current() != null && then.current() != now.current()) {
                Move move = new Move(now.actorId(), now.actorName(), then.current(), now.current());
                (now.current().level() > then.current().level() ? inward : outward).add(move);
            }
        }
        List<String> joined = after.values().stream().filter(p -> !before.containsKey(p.actorId()))
                .map(Placement::actorName).toList();
        List<String> left = before.values().stream().filter(p -> !after.containsKey(p.actorId()))
                .map(Placement::actorName).toList();
        Map<String, Integer> scoresBefore = from.factors().stream()
                .collect(Collectors.toMap(FactorScore::factorId, FactorScore::score, (a, b) -> a));
        Map<String, Integer> scoresAfter = to.factors().stream()
                .collect(Collectors.toMap(FactorScore::factorId, FactorScore::score, (a, b) -> a));
        Set<String> factorIds = new java.util.TreeSet<>(scoresBefore.keySet());
        factorIds.addAll(scoresAfter.keySet());
        List<FactorChange> factors = factorIds.stream()
                .map(id -> new FactorChange(id, scoresBefore.getOrDefault(id, 0), scoresAfter.getOrDefault(id, 0)))
                .filter(c -> c.from() != c.to()).toList();
        return new Comparison(inward, outward, joined, left, factors);
    }

    private static Map<String, Placement> byActor(WebState state) {
        return state.placements().stream().collect(Collectors.toMap(Placement::actorId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
