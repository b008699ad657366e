package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the seed asks about one package, from what the planner already knows: the activities' ideal
 * scales, whether they exist today, how neighbourhood-bound they are, their factors, and the partners'
 * operating areas (003, "Ontwar het bos" steps 1–3 and its worksheet; "Stilstaan bij samenwerken", the
 * collaboration check).
 */
final class PackageRemarks {

    /** A remark; a warning also appears in the plan's list of warnings. */
    record Remark(Text text, boolean warning) {
    }

    private PackageRemarks() {
    }

    static boolean isWarning(Remark remark) {
        return remark.warning();
    }

    static Text plain(Remark remark) {
        return remark.text();
    }

    static List<Remark> of(String name, List<Activity> members, Scale ideal, List<String> partners,
            Map<String, Scale> partnerAreas, List<String> deviations) {
        List<Remark> remarks = new ArrayList<>();
        scaleSpread(name, members).ifPresent(remarks::add);
        partnersLarger(ideal, partners, partnerAreas).ifPresent(remarks::add);
        for (Activity a : members) {
            if (!a.existing()) {
                remarks.add(new Remark(new Text("'" + a.name() + "' bestaat vandaag nog niet: wie neemt het op, en wat "
                        + "is ervoor nodig?", "'" + a.name() + "' does not exist today: who takes it on, and what does "
                        + "it need?"), false));
            }
            if (a.idealScale() != null && a.neighbourhoodBound() == 3 && !a.idealScale().isNeighbourhood()) {
                remarks.add(new Remark(new Text("'" + a.name() + "' is volgens jullie helemaal buurtgebonden, maar de "
                        + "ideale schaal is " + a.idealScale().label().nl() + ": klopt dat?", "'" + a.name() + "' is "
                        + "entirely neighbourhood-bound by your answer, but its ideal scale is the "
                        + a.idealScale().label().en() + ": is that right?"), false));
            }
            if (a.idealScale() == Scale.LIVED_NEIGHBOURHOOD && a.neighbourhoodBound() == 0) {
                remarks.add(new Remark(new Text("'" + a.name() + "' is volgens jullie niet buurtgebonden, maar de "
                        + "ideale schaal is de geleefde buurt: klopt dat?", "'" + a.name() + "' is not "
                        + "neighbourhood-bound by your answer, but its ideal scale is the lived neighbourhood: is that "
                        + "right?"), false));
            }
            if (deviations.contains(a.id())) {
                remarks.add(deviation(a, ideal));
            }
        }
        List<String> stimulating = members.stream().flatMap(a -> a.stimulating().stream()).distinct().toList();
        if (!stimulating.isEmpty()) {
            remarks.add(new Remark(new Text("Stimulerende factoren om op te bouwen: " + String.join(", ", stimulating)
                    + ".", "Stimulating factors to build on: " + String.join(", ", stimulating) + "."), false));
        }
        return remarks;
    }

    /** Activities at a neighbourhood and at a region in one package: see {@link Scales#farApart}. */
    private static java.util.Optional<Remark> scaleSpread(String name, List<Activity> members) {
        for (Activity a : members) {
            for (Activity b : members) {
                if (a.idealScale() != null && b.idealScale() != null && a.idealScale().compareTo(b.idealScale()) < 0
                        && Scales.farApart(a.idealScale(), b.idealScale())) {
                    return java.util.Optional.of(new Remark(new Text("Pakket '" + name + "' bundelt activiteiten met "
                            + "ver uiteenliggende ideale schalen ('" + a.name() + "': " + a.idealScale().label().nl()
                            + "; '" + b.name() + "': " + b.idealScale().label().nl() + "). Alles op de kleinste schaal "
                            + "organiseren betekent dat regionale actoren naar overleg per buurt moeten komen: overweeg "
                            + "twee pakketten op hun eigen schaal die strategisch afstemmen.",
                            "Package '" + name + "' bundles activities whose ideal scales are far apart ('" + a.name()
                                    + "': " + a.idealScale().label().en() + "; '" + b.name() + "': "
                                    + b.idealScale().label().en() + "). Organising everything at the smallest scale "
                                    + "means regional actors coming to meetings per neighbourhood: consider two "
                                    + "packages at their own scales that agree strategically."), true));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Remark> partnersLarger(Scale ideal, List<String> partners,
            Map<String, Scale> partnerAreas) {
        List<Scale> known = partners.stream().map(partnerAreas::get).filter(Objects::nonNull).toList();
        if (ideal == null || known.isEmpty() || known.size() < partners.size()
                || !known.stream().allMatch(area -> area.compareTo(ideal) > 0)) {
            return java.util.Optional.empty();
        }
        Scale smallest = known.stream().min(Scale::compareTo).orElseThrow();
        return java.util.Optional.of(new Remark(new Text("Alle partners van dit pakket werken op een grotere schaal "
                + "(vanaf " + smallest.label().nl() + ") dan de ideale schaal van het pakket (" + ideal.label().nl()
                + "): zou een ruimer niveau beter zijn, of zijn er partners die op deze schaal werken?",
                "Every partner of this package works at a larger scale (from the " + smallest.label().en() + ") than "
                        + "the package's ideal scale (the " + ideal.label().en() + "): would a wider level be better, "
                        + "or are there partners who work at this scale?"), false));
    }

    /** 003, "Op welke schaal ...": "Welke remmende factoren verhinderen dat de activiteiten op de ideale schaal ...?" */
    private static Remark deviation(Activity a, Scale ideal) {
        String now = a.currentScale().label().nl();
        String nowEn = a.currentScale().label().en();
        if (a.scaleReason() != null && !a.scaleReason().isBlank()) {
            return new Remark(new Text("'" + a.name() + "' loopt vandaag op schaal " + now + " in plaats van "
                    + ideal.label().nl() + ", omdat: " + a.scaleReason().trim(), "'" + a.name() + "' runs at the "
                    + nowEn + " today instead of the " + ideal.label().en() + ", because: " + a.scaleReason().trim()),
                    false);
        }
        if (!a.inhibiting().isEmpty()) {
            String factors = a.inhibiting().stream().collect(Collectors.joining(", "));
            return new Remark(new Text("'" + a.name() + "' loopt vandaag op schaal " + now + " in plaats van "
                    + ideal.label().nl() + ". Remmende factoren: " + factors + ". Kan je ze aanpakken, of de nadelige "
                    + "gevolgen ondervangen?", "'" + a.name() + "' runs at the " + nowEn + " today instead of the "
                    + ideal.label().en() + ". Inhibiting factors: " + factors + ". Can you tackle them, or soften the "
                    + "consequences?"), false);
        }
        return new Remark(new Text("'" + a.name() + "' loopt vandaag op schaal " + now + " in plaats van "
                + ideal.label().nl() + ": wat verhindert de ideale schaal?", "'" + a.name() + "' runs at the " + nowEn
                + " today instead of the " + ideal.label().en() + ": what stands in the way of the ideal scale?"), false);
    }
}
