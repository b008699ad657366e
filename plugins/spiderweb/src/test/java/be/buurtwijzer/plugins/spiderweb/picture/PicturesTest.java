package be.buurtwijzer.plugins.spiderweb.picture;

import be.buurtwijzer.plugins.support.Pictures;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.FactorCatalogue;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.Sector;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class PicturesTest {

    private final WebState state = new WebState(List.of(
            new Placement("a", "Sociaal Huis", Sector.WELFARE, Intensity.SHARE_INFORMATION, Intensity.CARRY_OUT_TOGETHER,
                    Participation.COPRODUCE, Enthusiasm.FIRE, Map.of()),
            new Placement("b", "Buurtcomité <Oude Vest>", Sector.NEIGHBOURHOOD, Intensity.CARRY_OUT_TOGETHER, null,
                    Participation.CODECIDE, Enthusiasm.SPARK, Map.of())),
            List.of(new FactorScore("lack-of-time", 4, null, false, "kleiner team", "minder bereik", "vrijwilligers"),
                    new FactorScore("knowing-each-other", 2, "kennismaking", null, null, null, null)));

    @Test
    void theSpiderWebIsWellFormedSvgWithAnAccessibleNameAndEscapedLabels() throws Exception {
        SpiderWebPainter painter = new SpiderWebPainter("Eenzaamheid & ontmoeting $1", "Stederen · stand van 12/11/2026",
                state, Locale.forLanguageTag("nl-BE"));
        String svg = Pictures.svg(painter.width(), painter.height(), "Eenzaamheid & ontmoeting $1", painter);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("img", document.getDocumentElement().getAttribute("role"));
        assertEquals("Eenzaamheid & ontmoeting $1", document.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(svg.contains("Buurtcomité &lt;Oude Vest&gt;"));
        assertTrue(svg.contains("samen activiteiten uitvoeren") && svg.contains("welzijn"));
        assertTrue(svg.contains("Stederen · stand van 12/11/2026"), "municipality and date on the picture");
    }

    /** Whatever names are stored, both pictures stay well-formed XML. */
    @Test
    void hostileNamesStillGiveWellFormedSvg() throws Exception {
        String hostile = "Kwaad \u0000\u001b[31m\u202egpj.exe\u200b &<\"'\ud800 =1+1";
        WebState bad = new WebState(List.of(new Placement("a", hostile, Sector.WELFARE, Intensity.REFER, null, null,
                Enthusiasm.FIRE, Map.of())), List.of(new FactorScore("custom-x", 3, hostile, null, null, null, null)));
        var factors = Map.of("custom-x", new be.buurtwijzer.plugins.spiderweb.domain.Factor("custom-x",
                be.buurtwijzer.plugins.spiderweb.domain.Factor.Kind.INHIBITING,
                new be.buurtwijzer.plugin.api.Text(hostile, hostile), false));
        for (String svg : List.of(
                svg(new SpiderWebPainter(hostile, hostile, bad, Locale.ENGLISH), hostile),
                svg(new FactorRadarPainter(hostile, hostile, bad.factors(), factors, Locale.ENGLISH), hostile))) {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertTrue(document.getElementsByTagName("title").item(0).getTextContent().contains("gpj.exe"));
        }
    }

    private static String svg(SpiderWebPainter painter, String title) {
        return Pictures.svg(painter.width(), painter.height(), title, painter);
    }

    private static String svg(FactorRadarPainter painter, String title) {
        return Pictures.svg(painter.width(), painter.height(), title, painter);
    }

    @Test
    void thePngHasThePicturesSize() throws Exception {
        var radar = new FactorRadarPainter("Factoren", "Stederen", state.factors(), FactorCatalogue.SEED.stream()
                .collect(Collectors.toMap(f -> f.id(), f -> f)), Locale.ENGLISH);
        var image = ImageIO.read(new ByteArrayInputStream(Pictures.png(radar.width(), radar.height(), radar)));
        assertEquals(radar.width(), image.getWidth());
        assertEquals(radar.height(), image.getHeight());
    }
}
