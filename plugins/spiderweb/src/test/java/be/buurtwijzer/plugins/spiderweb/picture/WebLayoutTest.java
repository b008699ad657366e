package be.buurtwijzer.plugins.spiderweb.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.FactorCatalogue;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.Sector;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import be.buurtwijzer.plugins.support.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Webs of real sizes, with long names and a crowded spoke: no two things on the picture meet. The PNGs
 * are written to target/pictures to be looked at.
 */
class WebLayoutTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final String[] NAMES = {"Sociaal Huis Stederen", "OCMW", "Woonzorgcentrum De Linde",
            "Thuisverpleging Wit-Gele Kruis regio Zuid-West-Vlaanderen", "Huisartsenkring", "Buurtcomité Oude Vest",
            "Dienstencentrum 't Ankerke", "Kinesitherapiepraktijk Van den Broecke-Vandewalle", "Apotheek Centrum",
            "Vrijwilligerswerking Zorgzame Straten", "Sociaal verhuurkantoor", "Bibliotheek", "Sportdienst",
            "Jeugdhuis", "Lokale politie wijkagent", "Mantelzorgvereniging", "Gezinszorg i-mens",
            "Centrum voor Geestelijke Gezondheidszorg", "Eerstelijnszone Stederen-Gemeentegem", "Handelaarsvereniging",
            "Basisschool De Regenboog", "Parochie Sint-Maarten", "Buurtwerk Samenlevingsopbouw",
            "Ziekenfonds maatschappelijk werk", "Klusjesdienst regio", "Schepen van welzijn", "Dorpsrestaurant",
            "Repaircafé", "Huurdersbond", "Familie en buren van mevrouw Janssens"};

    private static Placement actor(int i, Sector sector, Intensity now, Intensity needed) {
        return new Placement("a" + i, NAMES[i % NAMES.length], sector, now, needed, Participation.COPRODUCE,
                i % 3 == 0 ? Enthusiasm.SPARK : Enthusiasm.FIRE, Map.of());
    }

    /** n actors spread over the sectors, the first seven of them on one spoke. */
    private static List<Placement> realistic(int n) {
        Sector[] sectors = Sector.values();
        Intensity[] intensities = Intensity.values();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sector sector = i < 7 ? Sector.CARE : sectors[i % sectors.length];
            placements.add(actor(i, sector, intensities[i % 4], intensities[(i + 1) % 4]));
        }
        return placements;
    }

    /** Everyone on one spoke in the innermost ring: the worst crowd there is. */
    private static List<Placement> oneCell(int n) {
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            placements.add(actor(i, Sector.WELFARE, Intensity.CARRY_OUT_TOGETHER, null));
        }
        return placements;
    }

    /** Every sector there is, everyone in the innermost ring. */
    private static List<Placement> everySectorInside(int n) {
        Sector[] sectors = Sector.values();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            placements.add(actor(i, sectors[i % sectors.length], Intensity.CARRY_OUT_TOGETHER, Intensity.REFER));
        }
        return placements;
    }

    static Stream<Arguments> webs() {
        return Stream.of(
                Arguments.of("1 actor", realistic(1)), Arguments.of("3 actors", realistic(3)),
                Arguments.of("8 actors", realistic(8)), Arguments.of("20 actors, 7 on one spoke", realistic(20)),
                Arguments.of("30 actors", realistic(30)), Arguments.of("30 on one spoke, one ring", oneCell(30)),
                Arguments.of("30 over all 14 sectors, innermost ring", everySectorInside(30)),
                Arguments.of("no actors", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webs")
    void nothingOnTheWebIsDrawnOverAnythingElse(String name, List<Placement> placements) throws IOException {
        WebState state = new WebState(placements, List.of());
        SpiderWebPainter painter = new SpiderWebPainter("Eenzaamheid in de Stationswijk", "Stad Stederen · stand van "
                + "29/11/2026", state, DUTCH);
        WebLayout layout = painter.layout();
        assertEquals(placements.size(), layout.dots().size(), "every actor is on the web");
        assertEquals(placements.size(), layout.legend().size(), "and in the legend");
        List<WebLayout.Box> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            var a = boxes.get(i);
            assertTrue(a.bounds().getMinX() >= 0 && a.bounds().getMinY() >= 60 && a.bounds().getMaxX() <= painter.width()
                    && a.bounds().getMaxY() <= painter.height(), a + " lies on the picture " + painter.width() + "x"
                    + painter.height());
            for (int j = i + 1; j < boxes.size(); j++) {
                var b = boxes.get(j);
                assertTrue(!a.meets(b), name + ": " + a + " meets " + b);
            }
        }
        for (WebLayout.Dot dot : layout.dots()) {
            double r = dot.centre().distance(layout.cx(), layout.cy());
            double[] band = layout.band(dot.placement().current() == null ? Intensity.REFER : dot.placement().current());
            assertTrue(r - WebLayout.DOT / 2.0 >= band[0] && r + WebLayout.DOT / 2.0 <= band[1],
                    "dot " + dot.number() + " stays inside its own ring");
        }
        Path pictures = Path.of("target", "pictures");
        Files.createDirectories(pictures);
        Files.write(pictures.resolve("web-" + name.replaceAll("[^a-z0-9]+", "-") + ".png"),
                Pictures.png(painter.width(), painter.height(), painter));
    }

    @ParameterizedTest(name = "{0} factors")
    @MethodSource("factorCounts")
    void theFactorPictureIsARadarFromThreeFactorsAndBarsBelow(int count) throws IOException {
        var catalogue = FactorCatalogue.SEED.stream().collect(Collectors.toMap(f -> f.id(), f -> f));
        List<FactorScore> scores = FactorCatalogue.SEED.stream().limit(count)
                .map(f -> new FactorScore(f.id(), (f.id().length() % 6), null, null, null, null, null)).toList();
        FactorRadarPainter radar = new FactorRadarPainter("Factoren", "Stad Stederen · 29/11/2026", scores, catalogue,
                DUTCH);
        assertEquals(count < 3, radar.bars());
        List<String> order = radar.order();
        int firstInhibiting = (int) order.stream().filter(id -> catalogue.get(id).kind()
                == be.buurtwijzer.plugins.spiderweb.domain.Factor.Kind.STIMULATING).count();
        assertTrue(order.subList(firstInhibiting, order.size()).stream().allMatch(id -> catalogue.get(id).kind()
                == be.buurtwijzer.plugins.spiderweb.domain.Factor.Kind.INHIBITING), "one series, then the other");
        Path pictures = Path.of("target", "pictures");
        Files.createDirectories(pictures);
        Files.write(pictures.resolve("factors-" + count + ".png"), Pictures.png(radar.width(), radar.height(), radar));
    }

    @org.junit.jupiter.api.Test
    void aComparisonOfTwoMomentsIsAPictureToo() throws IOException {
        List<Placement> then = realistic(20);
        List<Placement> now = new ArrayList<>(realistic(22).subList(2, 22));
        now.replaceAll(p -> new Placement(p.actorId(), p.actorName(), p.sector(), p.needed() == null ? p.current()
                : p.needed(), null, p.participation(), p.enthusiasm(), Map.of()));
        var catalogue = FactorCatalogue.SEED.stream().collect(Collectors.toMap(f -> f.id(), f -> f));
        ComparisonPainter painter = new ComparisonPainter("Eenzaamheid", "Stad Stederen · van ‘start’ (12/01/2026) tot nu",
                new WebState(then, List.of(new FactorScore(FactorCatalogue.SEED.get(0).id(), 1, null, null, null, null,
                        null))), new WebState(now, List.of(new FactorScore(FactorCatalogue.SEED.get(0).id(), 4, null, null,
                        null, null, null))), catalogue, DUTCH);
        String svg = Pictures.svg(painter.width(), painter.height(), painter.title(), painter);
        assertTrue(svg.contains("naar binnen") && svg.contains("nieuw") && svg.contains("niet meer in het web"), svg);
        assertTrue(svg.contains("1 → 4"), "the factor's change");
        Path pictures = Path.of("target", "pictures");
        Files.createDirectories(pictures);
        Files.write(pictures.resolve("comparison.png"), Pictures.png(painter.width(), painter.height(), painter));
    }

    static Stream<Integer> factorCounts() {
        return Stream.of(0, 1, 2, 3, 8, FactorCatalogue.SEED.size());
    }
}
