package be.buurtwijzer.plugins.packages.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import be.buurtwijzer.plugins.packages.domain.Strength;
import be.buurtwijzer.plugins.support.Pictures;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graphs of real sizes, with long names and a dozen packages: no two activities meet, no link runs over an
 * activity it does not join, every package is in the legend. The PNGs are in target/pictures to look at.
 */
class GraphLayoutTest {

    private static final String[] WORDS = {"Huishoudhulp", "Hygiënische zorgen", "Kinesitherapie aan huis",
            "Kleine aanpassingen om het huis toegankelijker te maken", "Gezelschap", "Boodschappendienst",
            "Mantelzorgondersteuning", "Buurtbabbels op het plein", "Vervoer naar de dokter", "Maaltijden aan huis",
            "Signalen opvangen", "Casusoverleg per buurt", "Informatie uitwisselen tussen Stederen en Gemeentegem"};

    /** n activities in groups of about five, strongly linked inside a group and weakly between groups. */
    static List<Object> plan(int n) {
        Random random = new Random(n);
        List<Activity> activities = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<PackageSetup> packages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            activities.add(new Activity("a" + i, (i + 1) + ". " + WORDS[i % WORDS.length], true, Scale.MUNICIPALITY,
                    null, null, 1, List.of(), List.of(), List.of(), null));
        }
        for (int start = 0; start < n; start += 5) {
            List<String> ids = new ArrayList<>();
            for (int i = start; i < Math.min(n, start + 5); i++) {
                ids.add("a" + i);
                if (i > start) {
                    links.add(new Link("a" + (i - 1), "a" + i, Strength.STRONG));
                }
                if (i > start + 1 && random.nextBoolean()) {
                    links.add(new Link("a" + start, "a" + i, Strength.MEDIUM));
                }
            }
            packages.add(PackageSetup.of("Pakket " + (start / 5 + 1) + " met een lange naam voor de legende", ids, null,
                    null, Set.of()));
            if (start > 0) {
                links.add(new Link("a" + (start - 1), "a" + start, Strength.WEAK));
            }
        }
        return List.of(activities, links, packages);
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0} activities")
    @ValueSource(ints = {1, 2, 5, 12, 20, 30, 60})
    void noActivityMeetsAnotherAndNoLinkRunsOverOne(int n) throws IOException {
        List<Object> plan = plan(n);
        List<Activity> activities = (List<Activity>) plan.get(0);
        List<Link> links = (List<Link>) plan.get(1);
        List<PackageSetup> packages = (List<PackageSetup>) plan.get(2);
        GraphPainter painter = new GraphPainter("Maria blijft thuis wonen", "Stad Stederen · stand van 29/11/2026",
                activities, links, packages, Locale.forLanguageTag("nl-BE"));
        Map<String, Point2D> at = painter.layout().positions();
        assertEquals(n, at.size());
        List<String> ids = new ArrayList<>(at.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                assertTrue(at.get(ids.get(i)).distance(at.get(ids.get(j))) >= GraphLayout.NODE + 2,
                        ids.get(i) + " meets " + ids.get(j));
            }
        }
        for (Link l : links) {
            Line2D segment = new Line2D.Double(at.get(l.from()), at.get(l.to()));
            for (String id : ids) {
                if (!id.equals(l.from()) && !id.equals(l.to())) {
                    assertTrue(segment.ptSegDist(at.get(id)) >= GraphLayout.NODE / 2 + 1,
                            "the link " + l.from() + "–" + l.to() + " runs over " + id);
                }
            }
        }
        String svg = Pictures.svg(painter.width(), painter.height(), "graaf", painter);
        for (PackageSetup p : packages) {
            assertTrue(svg.contains(p.name()), "every package is in the legend, also after the eighth colour");
        }
        Path pictures = Path.of("target", "pictures");
        Files.createDirectories(pictures);
        Files.write(pictures.resolve("graph-" + n + ".png"), Pictures.png(painter.width(), painter.height(), painter));
    }
}
