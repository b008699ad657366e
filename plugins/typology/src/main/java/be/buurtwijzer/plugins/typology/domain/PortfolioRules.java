package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.api.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import be.buurtwijzer.plugins.support.Plural;
import java.util.stream.Collectors;

/**
 * Builds the portfolio and the seed's warnings and advice: 003 §2 (the types, the core group, "forceren
 * heeft geen zin", "geen eilandjes"), 003 "Stilstaan bij samenwerken" (one person, a core group that
 * decides and carries out everything), 002 ("Zorgzame buurten doen (te?) veel tegelijk") and 001 (the
 * three pillars, and "de meeste zorgzame buurten zetten bij aanvang vooral in op ontmoeting").
 */
public final class PortfolioRules {

    /** Professionals this many scale steps above the initiative's scale work "much larger" than it. */
    static final int MUCH_LARGER = 2;
    /** This many initiatives in preparation at the same time is "(te?) veel tegelijk". */
    static final int MANY_STARTING = 3;
    /** The pillars are weighed once this many initiatives have answers. */
    static final int PILLARS_FROM = 3;

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
        Map<String, Integer> pillars = pillars(selected);
        warnings.addAll(portfolioWarnings(selected, pillars));
        return new Portfolio(selected.size(), classified, byType, byTypeAndScale, pillars, links, warnings, rows);
    }

    static Map<String, Integer> pillars(List<PortfolioItem> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Pillar pillar : Pillar.values()) {
            counts.put(pillar.name(), (int) items.stream()
                    .filter(i -> i.answers() != null && pillar.carriedBy(i.answers())).count());
        }
        return counts;
    }

    /** What the seed says about the portfolio as a whole. */
    static List<Warning> portfolioWarnings(List<PortfolioItem> items, Map<String, Integer> pillars) {
        List<Warning> found = new ArrayList<>();
        long starting = items.stream().filter(i -> "PREPARING".equals(i.status())).count();
        if (starting >= MANY_STARTING) {
            found.add(new Warning(Warning.Kind.MANY_STARTING_AT_ONCE, Warning.Level.ADVICE, null, null, new Text(
                    Plural.nl(starting, "initiatief", "initiatieven") + " worden tegelijk opgestart. Zorgzame buurten "
                            + "doen (te?) veel tegelijk: kies wat eerst komt, zodat de trekkers en partners hun "
                            + "energie niet versnipperen.",
                    Plural.en(starting, "initiative", "initiatives") + " are being started at the same time. Caring "
                            + "neighbourhoods do (too?) much at once: choose what comes first, so that drivers and "
                            + "partners do not spread their energy too thin.")));
        }
        long answered = items.stream().filter(i -> i.answers() != null).count();
        if (answered >= PILLARS_FROM) {
            int most = pillars.values().stream().max(Integer::compare).orElse(0);
            for (Pillar pillar : Pillar.values()) {
                int count = pillars.get(pillar.name());
                if (count == 0 || count * 3 < most) {
                    found.add(new Warning(Warning.Kind.PILLAR_BALANCE, Warning.Level.ADVICE, null, null, new Text(
                            "De pijler '" + pillar.label().nl() + "' wordt door " + Plural.nl(count, "initiatief",
                                    "initiatieven") + " gedragen, tegenover " + most + " voor de sterkste pijler. De "
                                    + "meeste zorgzame buurten zetten bij aanvang vooral in op ontmoeting en minder op "
                                    + "de andere pijlers: bekijk of deze pijler aandacht vraagt.",
                            "The pillar '" + pillar.label().en() + "' is carried by " + Plural.en(count, "initiative",
                                    "initiatives") + ", against " + most + " for the strongest pillar. Most caring "
                                    + "neighbourhoods start with meeting and put less into the other pillars: see "
                                    + "whether this pillar needs attention.")));
                }
            }
        }
        return found;
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
            found.add(warning(Warning.Kind.NOT_CLASSIFIED, Warning.Level.WARNING, item, new Text(
                    "Nog niet getypeerd: vul de vragen in en bevestig of wijzig het voorstel.",
                    "Not classified yet: answer the questions and accept or change the proposal.")));
        }
        if (a == null) {
            return found;
        }
        boolean warm = item.type() == InitiativeType.WARM_NEIGHBOUR;
        if (a.scale() != null && !a.professionalAreas().isEmpty()) {
            Scale smallest = a.professionalAreas().stream().min(Enum::compareTo).orElseThrow();
            if (smallest.stepsAbove(a.scale()) >= MUCH_LARGER) {
                found.add(warning(Warning.Kind.SCALE_GAP, Warning.Level.WARNING, item, new Text(
                        "Het initiatief werkt op schaal " + a.scale().label().nl() + ", maar alle betrokken professionals "
                                + "werken op een veel groter gebied (vanaf " + smallest.label().nl() + "). Ontwikkel het "
                                + "op een ruimere schaal, of zoek professionals met de buurt als werkingsgebied.",
                        "The initiative works at the scale of the " + a.scale().label().en() + ", but all professionals "
                                + "involved work in a much larger area (from " + smallest.label().en() + "). Develop it at "
                                + "a larger scale, or look for professionals with the neighbourhood as their area.")));
            }
        }
        if (a.goals().contains(Goal.CARE_AND_SUPPORT) && !a.drivers().contains(Driver.PROFESSIONALS)) {
            found.add(warning(Warning.Kind.CARE_BY_NEIGHBOURS_ONLY, Warning.Level.WARNING, item, new Text(
                    "Zorg en ondersteuning als doel, maar enkel gedragen door buren of vrijwilligers: buurtgerichte zorg "
                            + "vraagt professionals als trekkers.",
                    "Care and support as a goal, but carried by neighbours or volunteers alone: neighbourhood-oriented "
                            + "care needs professionals as drivers.")));
        }
        // 003 §2, "Kerngroep": "allesbehalve de groep die alles beslist en anderen laat uitvoeren"
        if (a.coreGroupDecidesAll()) {
            found.add(warning(Warning.Kind.CORE_GROUP_DECIDES_ALL, Warning.Level.WARNING, item, new Text(
                    "De kerngroep beslist alles en anderen voeren enkel uit: de kerngroep faciliteert en ondersteunt, "
                            + "actiegroepen beslissen zelf als gelijkwaardige partners.",
                    "The core group decides everything while others only carry out: a core group facilitates and "
                            + "supports, action groups decide themselves as equal partners.")));
        }
        // 003 "Stilstaan bij samenwerken": "neemt alle beslissingen én werkt de acties uit"
        if (a.coreGroupCarriesOutAll()) {
            found.add(warning(Warning.Kind.CORE_GROUP_DOES_EVERYTHING, Warning.Level.WARNING, item, new Text(
                    "De kerngroep beslist én voert alles zelf uit. Dat lijkt al meer op samenwerken, maar niet alle "
                            + "actoren van de buurt zitten erin: hoe kunnen anderen mee beslissen en mee activiteiten "
                            + "doen? Gebruik het enthousiasme, maar denk op tijd aan de ruimere samenwerking.",
                    "The core group decides and carries out everything itself. That looks more like collaboration, but "
                            + "not every actor of the neighbourhood is in it: how can others help decide and take part in "
                            + "activities? Use the enthusiasm, but think of the wider collaboration in time.")));
        }
        // 003 "Stilstaan bij samenwerken": "kan niet gedragen worden door één persoon"; 003 §2, the street
        // party's driver: "Wie gaat van hem de fakkel overnemen? ... 'Laten doen' is niet per se hetzelfde als
        // 'helemaal loslaten'."
        if (a.restsOnOnePerson()) {
            found.add(warm
                    ? warning(Warning.Kind.RESTS_ON_ONE_PERSON, Warning.Level.ADVICE, item, new Text(
                            "Het initiatief rust op één trekker. Laten doen is niet hetzelfde als helemaal loslaten: "
                                    + "wie kan de fakkel later overnemen? Misschien ligt daar een opening om samen te "
                                    + "zoeken.",
                            "The initiative rests on one driver. Letting them do is not the same as letting go "
                                    + "entirely: who could take over the torch later? That may be an opening to look "
                                    + "together."))
                    : warning(Warning.Kind.RESTS_ON_ONE_PERSON, Warning.Level.WARNING, item, new Text(
                            "Het werk rust op één persoon. Een buurtgerichte samenwerking kan niet gedragen worden "
                                    + "door één persoon: er is een gelijkwaardig partnerschap én bijdrage nodig van "
                                    + "verschillende actoren.",
                            "The work rests on one person. Neighbourhood-oriented collaboration cannot be carried by "
                                    + "one person: it needs an equal partnership and contributions from several "
                                    + "actors.")));
        }
        // 003 §2: "Forceren om inclusief en democratisch te gaan werken, slaat dan wonden" and "Forceren had geen zin"
        if (a.pushedToFormalise() && (warm || a.lead() == Lead.CITIZENS)) {
            found.add(warning(Warning.Kind.DO_NOT_FORCE, Warning.Level.WARNING, item, new Text(
                    "Dit warme bureninitiatief wordt gevraagd zich te formaliseren of inclusiever te werken. Forceren "
                            + "heeft geen zin en slaat wonden: laat het zichzelf organiseren, blijf in contact en richt "
                            + "inclusieve acties van het buurtinitiatief op wie uit de boot valt.",
                    "This warm neighbour initiative is being asked to formalise or to be more inclusive. Forcing has "
                            + "no point and hurts: let it organise itself, stay in touch, and aim the neighbourhood "
                            + "initiative's inclusive actions at those left out.")));
        }
        // 003 §2 on neighbourhood-oriented care: "opletten dat al die verschillende initiatieven geen eilandjes op
        // zichzelf gaan vormen ... Verbinding opzoeken is een opdracht voor ons allen." Self-run warm initiatives
        // are left alone: their link cannot be forced.
        if (unlinked && item.type() != null && !warm) {
            found.add(warning(Warning.Kind.NO_LINKS, Warning.Level.ADVICE, item, new Text(
                    "Nog geen link met een ander initiatief. Verbinding opzoeken is een opdracht voor ons allen, "
                            + "zodat initiatieven geen eilandjes op zichzelf worden; waar, met wie en waarom bekijk je "
                            + "best in de eigen lokale context.",
                    "No link with another initiative yet. Seeking connection is a task for all of us, so that "
                            + "initiatives do not become islands of their own; where, with whom and why is best seen "
                            + "in the local context.")));
        }
        return found;
    }

    private static Warning warning(Warning.Kind kind, Warning.Level level, PortfolioItem item, Text message) {
        return new Warning(kind, level, item.initiativeId(), item.name(), message);
    }
}
