package be.buurtwijzer.it;

import static be.buurtwijzer.it.Demo.STEDEREN;
import static be.buurtwijzer.it.Demo.STEDEREN_COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documentation instrument over REST on MariaDB: the demo's annual report with a fragment of every other
 * instrument, as PDF (read back with PDFBox) and DOCX (read back with POI); a fragment of an instrument that is
 * switched off left out with a note; photos checked by their content and kept in their municipality; a template
 * pack published, used and upgraded while a kept report keeps the version it used.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentationIT {

    private static final String OPS = "instruments/logbook/operations/";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** A download as bytes, with its status and type. */
    record Download(int status, String type, byte[] body) {
    }

    static Download download(String user, String password, String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                            .getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Api.Reply upload(String user, String password, String path, byte[] content, String type) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                            .getBytes(StandardCharsets.UTF_8))).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pdfImages(byte[] pdf) throws IOException {
        int images = 0;
        try (var document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
        }
        return images;
    }

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x * height / width, 0x3366AA);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void theDemoAnnualReportEmbedsEveryInstrumentAsPdfAndDocx() throws Exception {
        Demo.awaitInstrumentData();
        String reportId = null;
        for (int i = 0; i < 120 && reportId == null; i++) {
            var reports = Api.post(STEDEREN_COORDINATOR, STEDEREN + "/" + OPS + "reports", "{}");
            if (reports.status() == 200 && !reports.array().isEmpty()) {
                reportId = reports.array().getJsonObject(0).getString("id");
            } else {
                Thread.sleep(500);
            }
        }
        assertTrue(reportId != null, "the demo keeps an annual report");
        String base = STEDEREN + "/instruments/logbook/exports/";
        long start = System.nanoTime();
        Download pdf = download(STEDEREN_COORDINATOR, Api.PASSWORD, base + "report-pdf?reportId=" + reportId);
        long pdfMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, pdf.status(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.type());
        String text = pdfText(pdf.body()).replaceAll("\\s+", " ");
        // other tests add webs and plans to Stederen: the fragment shows the first one, whichever that is now
        for (String expected : List.of("Jaarverslag voor de subsidiegever", "Stederen", "Zorgzame Stationswijk",
                "Stationswijk — toestand op 01/01/2025", "bewoners op de maandelijkse buurtsoep", "Een nieuwe buur aan de soep",
                "Burenhulp Oude Vest", "(Typologie van zorgzame initiatieven)", "(Ecosysteemspinnenweb)",
                "(Activiteitenpakketten)", "(Vrijwilligersbeleid)", "actieve vrijwilligers", "veranderingstheorie versie 1",
                "pagina 1 van")) {
            assertTrue(text.contains(expected), "'" + expected + "' in the PDF:\n" + text);
        }
        assertFalse(text.contains("weggelaten"), "every instrument is on in Stederen: nothing left out");
        assertTrue(pdfImages(pdf.body()) >= 8, "charts, the portfolio, the web and its radar, the graph: "
                + pdfImages(pdf.body()));
        start = System.nanoTime();
        Download docx = download(STEDEREN_COORDINATOR, Api.PASSWORD, base + "report-docx?reportId=" + reportId);
        long docxMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, docx.status());
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            StringBuilder all = new StringBuilder();
            word.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
            word.getTables().forEach(t -> all.append(t.getText()).append('\n'));
            for (String expected : List.of("Jaarverslag voor de subsidiegever", "Resultaten per indicator",
                    "(Ecosysteemspinnenweb)", "(Activiteitenpakketten)", "Burenhulp Oude Vest")) {
                assertTrue(all.toString().contains(expected), "'" + expected + "' in the DOCX");
            }
            assertTrue(word.getParagraphs().stream().anyMatch(p -> "Heading1".equals(p.getStyle())), "real headings");
            long drawings = word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToLong(r -> r.getEmbeddedPictures().size()).sum();
            assertTrue(drawings >= 8, "pictures in the DOCX: " + drawings);
        }
        JsonObject data = ok(Api.post(STEDEREN_COORDINATOR, STEDEREN + "/" + OPS + "report", "{\"reportId\":\"" + reportId
                + "\"}"));
        assertEquals(10, data.getJsonArray("sections").size());
        assertEquals(1, data.getInt("theoryVersion"));
        System.out.printf("demo annual report: PDF %d bytes in %d ms, DOCX %d bytes in %d ms%n", pdf.body().length,
                pdfMillis, docx.body().length, docxMillis);
        assertEquals(403, Api.post(Demo.STEDEREN_PARTNER, STEDEREN + "/" + OPS + "save-report",
                "{\"templateId\":\"annual-report\"}").status(), "a partner reads, does not write");
    }

    @Test
    void aFragmentOfAnInstrumentThatIsOffIsLeftOutWithANoteAndNeverAnotherMunicipalitysData() throws Exception {
        Municipality m = Municipality.fresh("doc");
        for (String plugin : List.of("logbook", "spiderweb", "typology")) {
            m.subscribe(plugin);
        }
        String actor = m.asAdmin("POST", "actors", "{\"name\":\"Wijkgezondheidscentrum\",\"kind\":\"ORGANISATION\","
                + "\"sector\":\"CARE\"}").json().getString("id");
        ok(m.asAdmin("POST", "instruments/spiderweb/operations/save-web", "{\"name\":\"Web van de Dorpsstraat\","
                + "\"placements\":[{\"actorId\":\"" + actor + "\",\"current\":\"REFER\"}]}"));
        String base = m.base() + "/instruments/logbook/exports/report-pdf?templateId=annual-report";
        String before = pdfText(download(m.admin(), m.adminPassword(), base).body());
        assertTrue(before.contains("Web van de Dorpsstraat"), before);
        assertTrue(before.contains("'Activiteitenpakketten") || before.contains("staat niet aan in deze gemeente"),
                "the package planner is not on here: " + before);
        assertFalse(before.contains("Burenhulp Oude Vest") || before.contains("Eenzaamheid in de Stationswijk"),
                "never Stederen's data");
        ok(m.asAdmin("PUT", "instruments/spiderweb/subscription", "{\"enabled\":false,\"version\":"
                + m.subscription("spiderweb").getJsonNumber("version") + "}"));
        String after = pdfText(download(m.admin(), m.adminPassword(), base).body());
        assertFalse(after.contains("Web van de Dorpsstraat"), after);
        assertTrue(after.contains("'Ecosysteemspinnenweb' staat niet aan in deze gemeente; dit deel is weggelaten."), after);
        assertFalse(Api.send(m.admin(), m.adminPassword(), "POST", m.base() + "/" + OPS + "fragments", "{}").body()
                .contains("spiderweb"), "no longer on offer");
    }

    @Test
    void photosAreCheckedByTheirContentKeptWithConsentAndStayInTheirMunicipality() throws Exception {
        Municipality m = Municipality.fresh("docfile");
        m.subscribe("logbook");
        String files = m.base() + "/instruments/logbook/files/story-media";
        byte[] photo = jpeg(1600, 1200);
        Api.Reply stored = upload(m.admin(), m.adminPassword(), files + "?name=soep.jpg", photo, "image/jpeg");
        assertEquals(201, stored.status(), stored.toString());
        assertEquals("image/jpeg", stored.json().getString("mediaType"));
        assertTrue(stored.json().getBoolean("hasThumbnail"));
        String fileId = stored.json().getString("id");
        Download thumbnail = download(m.admin(), m.adminPassword(), files + "/" + fileId + "/thumbnail");
        assertEquals(200, thumbnail.status());
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertEquals(320, small.getWidth(), "at most 320 pixels");
        assertEquals(240, small.getHeight());

        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        Api.Reply disguised = upload(m.admin(), m.adminPassword(), files + "?name=foto.jpg", pdf, "image/jpeg");
        assertEquals(400, disguised.status(), disguised.toString());
        assertEquals("file", disguised.json().getString("field"));
        assertTrue(disguised.json().getString("detail").contains("application/pdf"), disguised.toString());
        Api.Reply named = upload(m.admin(), m.adminPassword(), files + "?name=foto.png", photo, "image/png");
        assertEquals(400, named.status(), "a JPEG called .png is not what its name says: " + named);
        assertTrue(named.json().getString("detail").contains("not what its name says"), named.toString());
        byte[] large = new byte[21 * 1024 * 1024];
        System.arraycopy(photo, 0, large, 0, photo.length);
        Api.Reply tooLarge = upload(m.admin(), m.adminPassword(), files + "?name=groot.jpg", large, "image/jpeg");
        assertEquals(400, tooLarge.status(), tooLarge.toString());
        assertTrue(tooLarge.json().getString("detail").contains("at most 20.0 MB"), tooLarge.toString());
        assertEquals(400, upload(m.admin(), m.adminPassword(), files + "?name=leeg.jpg", new byte[0], "image/jpeg")
                .status());
        assertEquals(1, m.asAdmin("GET", "audit?entityType=file:logbook:story-media", null).items().size(),
                "only the good photo was stored");

        String story = "{\"entry\":{\"date\":\"2026-03-01\",\"title\":\"Soep\",\"text\":\"Samen aan tafel.\",\"type\":"
                + "\"STORY\",\"attachments\":[{\"fileId\":\"" + fileId + "\",\"alt\":\"Buren aan tafel\","
                + "\"recognisable\":[\"Rita Janssens\"]}]},\"consentConfirmed\":%s}";
        Api.Reply withoutConsent = m.asAdmin("POST", OPS + "add-story", story.formatted("false"));
        assertEquals(400, withoutConsent.status());
        assertEquals("consentConfirmed", withoutConsent.json().getString("field"));
        ok(m.asAdmin("POST", OPS + "add-story", story.formatted("true")));
        assertTrue(m.asAdmin("GET", "consents", null).body().contains("Rita Janssens"), "her consent is on record");

        Municipality other = Municipality.fresh("docfile2");
        other.subscribe("logbook");
        assertEquals(404, download(other.admin(), other.adminPassword(), other.base()
                + "/instruments/logbook/files/story-media/" + fileId).status(), "another municipality's photo");
        Api.Reply borrowed = other.asAdmin("POST", OPS + "add-story", story.formatted("true"));
        assertEquals(400, borrowed.status(), borrowed.toString());
        assertEquals("attachments[0].fileId", borrowed.json().getString("field"));
        String partner = "partner-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String partnerPassword = m.member(partner, "PARTNER");
        assertEquals(200, download(partner, partnerPassword, files + "/" + fileId).status(), "a partner reads");
        assertEquals(403, upload(partner, partnerPassword, files + "?name=x.jpg", photo, "image/jpeg").status(),
                "but does not upload");
    }

    @Test
    void aTemplatePackIsPublishedUsedAndUpgradedWhileAKeptReportKeepsItsVersion() {
        String pluginId = "test-templates-" + UUID.randomUUID().toString().substring(0, 6);
        Publishers.Org org = Publishers.organisation();
        Api.Reply first = org.upload(Jars.relabel(Jars.upload("template-pack-1.jar"), pluginId, "1.0.0"), org.key());
        assertEquals(201, first.status(), first.toString());
        assertTrue(Publishers.approve(first.json().getString("id")).getBoolean("active"));
        Municipality m = Municipality.fresh("docpack");
        m.subscribe("logbook");
        assertFalse(m.asAdmin("POST", OPS + "templates", "{}").body().contains("steunpunt-jaarverslag"),
                "not before the municipality takes the pack");
        m.subscribe(pluginId);
        assertTrue(m.asAdmin("POST", OPS + "templates", "{}").body().contains("Jaarverslag Steunpunt (versie 1)"));
        JsonObject kept = ok(m.asAdmin("POST", OPS + "save-report", "{\"templateId\":\"steunpunt-jaarverslag\","
                + "\"texts\":{\"0\":\"Ons jaar.\"}}"));
        assertEquals(1, kept.getInt("templateVersion"));
        assertEquals(pluginId, kept.getString("templateOrigin"));

        Api.Reply second = org.upload(Jars.relabel(Jars.upload("template-pack-2.jar"), pluginId, "2.0.0"), org.key());
        assertEquals(201, second.status(), second.toString());
        assertTrue(Publishers.approve(second.json().getString("id")).getBoolean("active"));
        assertTrue(m.asAdmin("POST", OPS + "templates", "{}").body().contains("Jaarverslag Steunpunt (versie 2)"));
        JsonObject keptData = ok(m.asAdmin("POST", OPS + "report", "{\"reportId\":\"" + kept.getString("id") + "\"}"));
        assertEquals(1, keptData.getInt("templateVersion"), "the kept report keeps the version it used");
        assertEquals("Inleiding v1", keptData.getJsonArray("sections").getJsonObject(0).getString("title"));
        JsonObject fresh = ok(m.asAdmin("POST", OPS + "report", "{\"templateId\":\"steunpunt-jaarverslag\"}"));
        assertEquals(2, fresh.getInt("templateVersion"));
        assertEquals("Inleiding v2", fresh.getJsonArray("sections").getJsonObject(0).getString("title"));
        Download docx = download(m.admin(), m.adminPassword(), m.base()
                + "/instruments/logbook/exports/report-docx?reportId=" + kept.getString("id"));
        assertEquals(200, docx.status());
    }
}
