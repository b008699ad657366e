package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.api.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the portfolio and the seed's warnings (003 §2 and "Ontwar de bomen"). */
public final class PortfolioRules {

    /** Professionals this many scale steps above the initiative's scale work "much larger" than it. */
    static final int MUCH_LARGER = 2;

    private PortfolioRules() {
    }

    /**
     * @param all every initiative of the municipality (links may point anywhere in it)
     * @param neighbourhoodId only this neighbourhood's initiatives, or null for all
     */
    public static Portfolio build(List<PortfolioItem> all, String neighbourhoodId) {
        Map<String, PortfolioItem> byId = all.stream().collect(Collectors.toMap(PortfolioItem::initiativeId, i -> i,
                (a, b) -> a, LinkedHashMap::new));
        List<PortfolioItem> selected = all.stream()
                .filter(i -> neighbourhoodId == null || neighbourhoodId.equals(i.neighbourhoodId())).toList();
        Map<String, Set<String>> neighbours = linkGraph(all, byId);

        Map<String, Integer> byType = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byTypeAndScale = new LinkedHashMap<>();
        for (InitiativeType type : InitiativeType.values()) {
            byType.put(type.name(), 0);
            Map<String, Integer> scales = new LinkedHashMap<>();
            for (Scale scale : Scale.values()) {
                scales.put(scale.name(), 0);
            }
            byTypeAndScale.put(type.name(), scales);
        }
        List<Warning> warnings = new ArrayList<>();
        List<Portfolio.Row> rows = new ArrayList<>();
        Set<String> selectedIds = selected.stream().map(PortfolioItem::initiativeId).collect(Collectors.toSet());
        List<Portfolio.Link> links = new ArrayList<>();
        for (PortfolioItem item : selected) {
            Answers a = item.answers();
            if (item.type() != null) {
                byType.merge(item.type().name(), 1, Integer::sum);
                if (a != null && a.scale() != null) {
                    byTypeAndScale.get(item.type().name()).merge(a.scale().name(), 1, Integer::sum);
                }
            }
            Set<String> linked = neighbours.getOrDefault(item.initiativeId(), Set.of());
            rows.add(new Portfolio.Row(item.initiativeId(), item.name(), item.neighbourhoodId(),
                    item.type() == null ? null : item.type().name(),
                    a == null || a.scale() == null ? null : a.scale().name(), linked.size()));
            for (String other : linked) {
                // each link once: from the smaller id, or from the selected end when only one end is selected
                if (!selectedIds.contains(other) || item.initiativeId().compareTo(other) < 0) {
                    links.add(new Portfolio.Link(item.initiativeId(), item.name(), other, byId.get(other).name()));
                }
            }
            warnings.addAll(warnings(item, linked.isEmpty() && all.size() > 1));
        }
        int classified = (int) selected.stream().filter(i -> i.type() != null).count();
        return new Portfolio(selected.size(), classified, byType, byTypeAndScale, links, warnings, rows);
    }

    /** Links are symmetric; links to initiatives no longer in the register are ignored. */
    private static Map<String, Set<String>> linkGraph(List<PortfolioItem> all, Map<String, PortfolioItem> byId) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (PortfolioItem item : all) {
            if (item.answers() == null) {
                continue;
            }
            for (String target : item.answers().links()) {
                if (byId.containsKey(target) && !target.equals(item.initiativeId())) {
                    graph.computeIfAbsent(item.initiativeId(), k -> new LinkedHashSet<>()).add(target);
                    graph.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(item.initiativeId());
                }
            }
        }
        return graph;
    }

    static List<Warning> warnings(PortfolioItem item, boolean unlinked) {
        List<Warning> found = new ArrayList<>();
        Answers a = item.answers();
        if (item.type() == null) {
            found.add(warning(Warning.Kind.NOT_CLASSIFIED, item, new Text(
                    "Nog niet getypeerd: vul de vragen in en bevestig of wijzig het voorstel.",
                    "Not classified yet: answer the questions and accept or change the proposal.")));
        }
        if (a != null && a.scale() != null && !a.professionalAreas().isEmpty()) {
            Scale smallest = a.professionalAreas().stream().min(Enum::compareTo).orElseThrow();
            if (smallest.stepsAbove(a.scale()) >= MUCH_LARGER) {
                found.add(warning(Warning.Kind.SCALE_GAP, item, new Text(
                        "Het initiatief werkt op schaal " + a.scale().label().nl() + ", maar alle betrokken professionals "
                                + "werken op een veel groter gebied (vanaf " + smallest.label().nl() + "). Ontwikkel het "
                                + "op een ruimere schaal, of zoek professionals met de buurt als werkingsgebied.",
                        "The initiative works at the scale of the " + a.scale().label().en() + ", but all professionals "
                                + "involved work in a much larger area (from " + smallest.label().en() + "). Develop it at "
                                + "a larger scale, or look for professionals with the neighbourhood as their area.")));
            }
        }
        if (a != null && a.goals().contains(Goal.CARE_AND_SUPPORT) && !a.drivers().contains(Driver.PROFESSIONALS)) {
            found.add(warning(Warning.Kind.CARE_BY_NEIGHBOURS_ONLY, item, new Text(
                    "Zorg en ondersteuning als doel, maar enkel gedragen door buren of vrijwilligers: buurtgerichte zorg "
                            + "vraagt professionals als drivers.",
                    "Care and support as a goal, but carried by neighbours or volunteers alone: neighbourhood-oriented "
                            + "care needs professionals as drivers.")));
        }
        if (a != null && a.structure().contains(Structure.CORE_GROUP) && a.coreGroupDecidesAll()) {
            found.add(warning(Warning.Kind.CORE_GROUP_DECIDES_ALL, item, new Text(
                    "De kerngroep beslist alles en anderen voeren enkel uit: de kerngroep faciliteert en ondersteunt, "
                            + "actiegroepen beslissen zelf als gelijkwaardige partners.",
                    "The core group decides everything while others only carry out: a core group facilitates and "
                            + "supports, action groups decide themselves as equal partners.")));
        }
        if (unlinked) {
            found.add(warning(Warning.Kind.NO_LINKS, item, new Text(
                    "Geen link met een ander initiatief: pas op voor een nieuw eilandje; verbinding is vaak nodig.",
                    "No link with any other initiative: beware of a new island; initiatives often need connecting.")));
        }
        return found;
    }

    private static Warning warning(Warning.Kind kind, PortfolioItem item, Text message) {
        return new Warning(kind, item.initiativeId(), item.name(), message);
    }
}
