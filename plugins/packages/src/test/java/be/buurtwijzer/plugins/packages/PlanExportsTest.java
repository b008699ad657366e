package be.buurtwijzer.plugins.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.PackageRules;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import be.buurtwijzer.plugins.packages.domain.Strength;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PlanExportsTest {

    private static PlanExports exports() {
        return exports(java.util.Optional.empty());
    }

    private static PlanExports exports(java.util.Optional<byte[]> logo) {
        List<Activity> activities = List.of(
                new Activity("kine", "Kinesitherapie", true, Scale.MUNICIPALITY, null, null, 1, List.of("k"), List.of(),
                        List.of(), null),
                new Activity("aanpassingen", "Kleine aanpassingen <aan> huis", false, Scale.LOCAL_REGION, null, null, 0,
                        List.of("d"), List.of(), List.of(), null));
        List<Link> links = List.of(new Link("kine", "aanpassingen", Strength.STRONG));
        List<PackageSetup> packages = List.of(PackageSetup.of("Kine & aanpassingen", List.of("kine", "aanpassingen"),
                true, false, Set.of()));
        Documents.Plan plan = Documents.Plan.of("Maria blijft thuis wonen", "Maria brak haar heup.", activities, links,
                packages, new Documents.Reality(null, null, List.of(new Documents.Deviation("Te weinig opdrachten",
                        "regionaal", "geen vaste contacten", "vast aanspreekpunt"))));
        return new PlanExports(new Payloads.PlanDetails("p1", 1, plan, PackageRules.analyse(activities, links, packages)),
                Map.of("k", "Kinepraktijk", "d", "Klusjesdienst"), Locale.forLanguageTag("nl-BE"),
                "Stad Stederen · stand van 29/11/2026", logo);
    }

    private static byte[] redLogo() throws Exception {
        java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(300, 120,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = logo.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 300, 120);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(logo, "png", out);
        return out.toByteArray();
    }

    private static java.awt.image.BufferedImage read(byte[] png) throws Exception {
        return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    }

    private static int images(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                count++;
            }
            return count;
        }
    }

    /** The municipality's logo sits in a strip of its own under the graph, covering nothing of it. */
    @Test
    void theLogoComesUnderThePictureAndOnThePlan() throws Exception {
        java.awt.image.BufferedImage without = read(exports().png());
        java.awt.image.BufferedImage with = read(exports(java.util.Optional.of(redLogo())).png());
        assertEquals(without.getWidth(), with.getWidth());
        assertEquals(without.getHeight() + 64, with.getHeight(), "a strip of its own");
        for (int y = 0; y < without.getHeight(); y += 7) {
            for (int x = 0; x < without.getWidth(); x += 7) {
                assertEquals(without.getRGB(x, y), with.getRGB(x, y), "the graph is unchanged at " + x + "," + y);
            }
        }
        int red = with.getRGB(with.getWidth() - 40, with.getHeight() - 32) & 0xFFFFFF;
        assertEquals(0xFF0000, red, "the logo at the bottom right");
        assertTrue(exports(java.util.Optional.of(redLogo())).svg().contains("<image"), "the SVG carries it too");
        assertTrue(!exports().svg().contains("<image"));
        assertEquals(images(exports().pdf()) + 1, images(exports(java.util.Optional.of(redLogo())).pdf()),
                "the plan's first page has the logo");
    }

    /** Whatever is stored, the SVG parses as XML and the PDF renders (its HTML is XML too). */
    @Test
    void hostileNamesStillGiveWellFormedDocuments() throws Exception {
        String hostile = "Kwaad \u0000\u001b[31m\u202egpj.exe\u200b &<\"'\ud800 =1+1";
        List<Activity> activities = List.of(new Activity("a", hostile, true, Scale.MUNICIPALITY, null, hostile, 1,
                List.of("k"), List.of(hostile), List.of(), null));
        List<PackageSetup> packages = List.of(PackageSetup.of(hostile, List.of("a"), true, false, Set.of()));
        Documents.Plan plan = Documents.Plan.of(hostile, hostile, activities, List.of(), packages,
                new Documents.Reality(hostile, hostile, List.of(new Documents.Deviation(hostile, hostile, hostile,
                        hostile))));
        PlanExports exports = new PlanExports(new Payloads.PlanDetails("p1", 1, plan, PackageRules.analyse(activities,
                List.of(), packages)), Map.of("k", hostile), Locale.ENGLISH, hostile, java.util.Optional.empty());
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                new java.io.ByteArrayInputStream(exports.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (var document = Loader.loadPDF(exports.pdf())) {
            assertTrue(new PDFTextStripper().getText(document).contains("gpj.exe"));
        }
        assertTrue(exports.csv().contains("'=1+1") || exports.csv().contains("=1+1\""), "formula kept harmless");
    }

    @Test
    void thePlanIsAPdfWithThePackagesAndTheRealityCheck() throws Exception {
        byte[] pdf = exports().pdf();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (var document = Loader.loadPDF(pdf)) {
            // table cells wrap lines wherever they like: compare without white space
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("Kine&aanpassingen"), text);
            assertTrue(text.contains("gemeente/stad+rand"), "the package's smallest ideal scale: " + text);
            assertTrue(text.contains("Kleineaanpassingen<aan>huis"), "escaped and shown as written");
            assertTrue(text.contains("vastaanspreekpunt"), text);
        }
    }

    @Test
    void theCsvNamesPartnersAndTheSvgIsAPicture() {
        String csv = exports().csv();
        assertTrue(csv.startsWith("\uFEFF"), "Belgian Excel reads the accents only after a byte order mark");
        assertTrue(csv.contains("Kine & aanpassingen;\"Kinesitherapie; Kleine aanpassingen <aan> huis\";gemeente/stad + rand;"
                + "\"Kinepraktijk; Klusjesdienst\";samen activiteiten uitvoeren;decentraal"), csv);
        assertTrue(exports().svg().contains("role=\"img\""));
    }
}
