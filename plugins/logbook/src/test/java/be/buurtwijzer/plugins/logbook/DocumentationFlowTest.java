package be.buurtwijzer.plugins.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.privacy.DataSubject;
import be.buurtwijzer.plugin.api.report.FragmentOffer;
import be.buurtwijzer.plugin.api.report.FragmentResult;
import be.buurtwijzer.plugin.api.report.OfferedTemplate;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugin.api.report.ReportFragments;
import be.buurtwijzer.plugin.api.report.ReportTemplateSpec;
import be.buurtwijzer.plugin.testkit.InMemoryRegister;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.logbook.domain.Baseline;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.Frequency;
import be.buurtwijzer.plugins.logbook.domain.Measurement;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import jakarta.json.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The documentation instrument's operations and its reports, as PDF and DOCX, on an in-memory municipality. */
class DocumentationFlowTest {

    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-15T10:00:00Z"), ZoneId.of("Europe/Brussels"));
    private final List<String> templatesOffered = new ArrayList<>();
    private boolean spiderwebOn = true;

    private ReportFragments fragments() {
        return new ReportFragments() {
            @Override
            public List<FragmentOffer> offered() {
                return List.of(new FragmentOffer("typology", "Typologie", "portfolio", "Portfolio", "", List.of()));
            }

            @Override
            public FragmentResult render(String pluginId, String name, Map<String, String> parameters) {
                if (pluginId.equals("spiderweb") && !spiderwebOn) {
                    return FragmentResult.omitted(pluginId, name, "Spinnenweb", "'Spinnenweb' staat niet aan in deze "
                            + "gemeente; dit deel is weggelaten.");
                }
                return FragmentResult.rendered(pluginId, name, pluginId, new ReportFragment("Deel " + pluginId,
                        "Stederen", List.of(new ReportFragment.Paragraph("Inhoud van " + pluginId),
                                new ReportFragment.Table(null, List.of("a", "b"), List.of(List.of("1", "2"))),
                                new ReportFragment.Figure("Figuur " + pluginId, "Een figuur van " + pluginId, png(40, 20),
                                        40, 20))));
            }

            @Override
            public List<OfferedTemplate> templates() {
                return templatesOffered.stream().map(json -> new OfferedTemplate("vvsg-templates", "VVSG-sjablonen",
                        "1.0.0", new ReportTemplateSpec("x", 1, json))).toList();
            }
        };
    }

    private static byte[] png(int w, int h) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0xFF0000);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestInstrumentContext coordinator(InMemoryRegister register) {
        return TestInstrumentContext.of(new LogbookInstrument()).role(MemberRole.COORDINATOR).clock(DECEMBER)
                .municipality("stederen", "Stederen").register(register).fragments(fragments()).build();
    }

    private static Theory theory() {
        return new Theory("Zorgzame Stationswijk", null, 0, "Bewoners voelen zich minder alleen.",
                List.of(new Theory.Outcome("helpen", "social-relations", "Buurtbewoners helpen elkaar.")),
                List.of(new Theory.Indicator("soep", "helpen", "bewoners op de buurtsoep", "bewoners", new BigDecimal("40"),
                        "tellen aan de deur", Frequency.MONTHLY),
                        new Theory.Indicator("vragen", "helpen", "hulpvragen tussen buren", "vragen", new BigDecimal("12"),
                                "buurtwerker", Frequency.QUARTERLY)), List.of("Een ontmoetingsplek"),
                List.of("Buurtsoep"), null, null);
    }

    @Test
    void aCoordinatorRecordsAndTheFundersReportAssemblesAsPdfAndDocx() throws Exception {
        InMemoryRegister register = new InMemoryRegister();
        String station = register.neighbourhood("Stationswijk", "GEOGRAPHIC");
        TestInstrumentContext c = coordinator(register);
        Payloads.TheoryDetails saved = (Payloads.TheoryDetails) c.call("save-theory", new Payloads.TheoryInput(null, null,
                theory()));
        assertEquals(1, saved.theory().version());
        for (String[] m : List.of(new String[] {"2026-02-01", "22"}, new String[] {"2026-06-01", "31"},
                new String[] {"2026-10-01", "37,5".replace(',', '.')})) {
            c.call("record-measurement", new Measurement(saved.id(), "soep", LocalDate.parse(m[0]), new BigDecimal(m[1]),
                    "telling", null));
        }
        InstrumentException future = assertThrows(InstrumentException.class, () -> c.call("record-measurement",
                new Measurement(saved.id(), "soep", LocalDate.parse("2026-12-16"), BigDecimal.ONE, "x", null)));
        assertEquals("date", future.field());
        Payloads.BaselineDetails baseline = (Payloads.BaselineDetails) c.call("save-baseline", new Payloads.BaselineInput(null,
                null, new Baseline(station, LocalDate.parse("2025-01-01"), List.of(new Baseline.Figure("65-plussers",
                new BigDecimal("23.5"), "%", "Bevolkingsregister", LocalDate.parse("2025-01-01"))), "Veel huurwoningen.",
                null, null)));
        c.call("confirm-baseline", new Payloads.Confirm(baseline.id(), null));
        InstrumentException frozen = assertThrows(InstrumentException.class, () -> c.call("save-baseline",
                new Payloads.BaselineInput(baseline.id(), null, baseline.baseline())));
        assertEquals(InstrumentException.Kind.CONFLICT, frozen.kind());

        var photo = c.files().store("story-media", "soep.jpg", jpeg());
        Entry story = new Entry(LocalDate.parse("2026-03-01"), "Soep bij Maria", "Maria kwam voor het eerst.",
                Entry.EntryType.STORY, null, null, List.of(saved.id() + "/helpen"), List.of(new Entry.Attachment(
                photo.id(), "x", "x", "Buren aan tafel bij de soep", List.of("Maria Peeters"))));
        InstrumentException noConsent = assertThrows(InstrumentException.class, () -> c.call("add-story",
                new Payloads.StoryInput(story, false)));
        assertEquals("consentConfirmed", noConsent.field());
        assertEquals(0, c.store().count("entry"), "nothing stored");
        Payloads.EntryDetails added = (Payloads.EntryDetails) c.call("add-story", new Payloads.StoryInput(story, true));
        assertEquals("soep.jpg", added.entry().attachments().get(0).fileName(), "the name as the platform keeps it");
        assertEquals("image/jpeg", added.entry().attachments().get(0).mediaType());
        assertEquals(1, c.recordedConsents().size(), "the consent of the recognisable person, recorded");

        Payloads.SavedReportDetails report = (Payloads.SavedReportDetails) c.call("save-report", new Payloads.ReportRequest(null,
                null, "annual-report", null, saved.id(), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                Map.of("0", "Een goed jaar in de Stationswijk.")));
        assertEquals(1, report.theoryVersion());

        var request = new Payloads.ReportRequest(report.id(), null, null, null, null, null, null, null);
        var logo = c.files().store("logo", "stederen.png", png(120, 40));
        c.call("save-report-settings", new be.buurtwijzer.plugins.logbook.domain.ReportSettings(logo.id()));
        assertThrows(InstrumentException.class, () -> c.call("save-report-settings",
                new be.buurtwijzer.plugins.logbook.domain.ReportSettings(photo.id())), "a story's photo is no logo");
        byte[] pdf = new ReportService(c).pdf(request);
        keep("report.pdf", pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Jaarverslag voor de subsidiegever", "Stederen", "Een goed jaar in de Stationswijk",
                    "Stationswijk — toestand op 01/01/2025", "bewoners op de buurtsoep", "Soep bij Maria",
                    "Inhoud van typology", "Inhoud van spiderweb", "Inhoud", "pagina 1 van", "veranderingstheorie versie 1")) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            assertEquals("Jaarverslag voor de subsidiegever — Stederen", document.getDocumentInformation().getTitle());
            assertEquals("nl-BE", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "a tagged PDF");
            int images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
            assertTrue(images >= 6, "the logo, a chart, the photo and the fragments' figures: " + images);
        }
        byte[] docx = new ReportService(c).docx(request);
        keep("report.docx", docx);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String all = String.join("\n", word.getParagraphs().stream().map(p -> p.getText()).toList());
            assertTrue(all.contains("Een goed jaar in de Stationswijk"), all);
            assertTrue(word.getParagraphs().stream().anyMatch(p -> "Heading1".equals(p.getStyle())
                    && p.getText().equals("Resultaten per indicator")));
            long drawings = word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToLong(r -> r.getEmbeddedPictures().size()).sum();
            assertTrue(drawings >= 7, "the logo, a chart, the photo and four fragments' figures: " + drawings);
            assertTrue(word.getDocument().toString().contains("Logo van Stederen"), "the logo's alt text");
            assertTrue(new String(docx, java.nio.charset.StandardCharsets.ISO_8859_1).length() > 0);
            assertTrue(word.getTables().stream().anyMatch(t -> t.getText().contains("bewoners op de buurtsoep")));
            assertTrue(word.getDocument().toString().contains("Buren aan tafel bij de soep"), "the photo's alt text");
        }

        spiderwebOn = false;
        var withoutWeb = ReportData.of(new ReportService(c).assemble(request));
        assertTrue(withoutWeb.toString().contains("'Spinnenweb' staat niet aan in deze gemeente"), withoutWeb.toString());
    }

    /** With -Dreport.out=directory the reports are kept there, to look at them. */
    private static void keep(String name, byte[] content) throws java.io.IOException {
        String directory = System.getProperty("report.out");
        if (directory != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(directory, name), content);
        }
    }

    private static byte[] jpeg() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void aTemplatePackIsOfferedAndAKeptReportKeepsTheVersionItUsed() {
        TestInstrumentContext c = coordinator(new InMemoryRegister());
        String v1 = "{\"id\":\"vvsg-jaarverslag\",\"version\":1,\"name\":{\"nl\":\"Jaarverslag VVSG\"},\"sections\":"
                + "[{\"kind\":\"TEXT\",\"title\":{\"nl\":\"Inleiding\"}}]}";
        templatesOffered.add(v1);
        var kept = (Payloads.SavedReportDetails) c.call("save-report", new Payloads.ReportRequest(null, null,
                "vvsg-jaarverslag", null, null, null, null, Map.of("0", "Hallo")));
        assertEquals(1, kept.templateVersion());
        assertEquals("vvsg-templates", kept.templateOrigin());
        templatesOffered.clear();
        templatesOffered.add(v1.replace("\"version\":1", "\"version\":2").replace("Inleiding", "Nieuwe inleiding"));
        @SuppressWarnings("unchecked")
        List<Payloads.TemplateDetails> now = (List<Payloads.TemplateDetails>) c.call("templates", new Payloads.Nothing());
        assertEquals(2, now.stream().filter(t -> t.id().equals("vvsg-jaarverslag")).findFirst().orElseThrow().version());
        var data = (Payloads.ReportData) c.call("report", new Payloads.ReportRequest(kept.id(), null, null, null, null,
                null, null, null));
        assertEquals(1, data.templateVersion(), "the kept report keeps the version it used");
        assertEquals("Inleiding", data.sections().get(0).title());
        var fresh = (Payloads.ReportData) c.call("report", new Payloads.ReportRequest(null, null, "vvsg-jaarverslag", null,
                null, null, null, null));
        assertEquals(2, fresh.templateVersion());
    }

    @Test
    void aPartnerReadsButDoesNotWriteAndAPhotoOfAnErasedPersonGoes() {
        TestInstrumentContext c = coordinator(new InMemoryRegister());
        var photo = c.files().store("story-media", "buren.png", png(10, 10));
        c.call("add-story", new Payloads.StoryInput(new Entry(LocalDate.parse("2026-03-01"), "Buren", "Samen",
                Entry.EntryType.STORY, null, null, List.of(), List.of(new Entry.Attachment(photo.id(), null, null,
                "Twee buren", List.of("Rita Janssens")))), true));
        TestInstrumentContext partner = c.as(MemberRole.PARTNER);
        assertEquals(1, ((List<?>) partner.call("entries", new Payloads.Nothing())).size());
        assertThrows(SecurityException.class, () -> partner.call("save-theory", new Payloads.TheoryInput(null, null,
                theory())));
        var privacy = new LogbookInstrument().privacy();
        DataSubject rita = new DataSubject(null, null, null, "Rita Janssens");
        assertEquals(1, privacy.find(c, rita).size());
        privacy.erase(c, rita);
        assertEquals(0, c.files().count(), "the photo on which she can be recognised is gone");
        var entry = ((List<Payloads.EntryDetails>) partner.call("entries", new Payloads.Nothing())).get(0).entry();
        assertTrue(entry.attachments().isEmpty());
        assertFalse(c.store().json(((List<Payloads.EntryDetails>) partner.call("entries", new Payloads.Nothing())).get(0)
                .id()).contains("Rita"));
    }

    @Test
    void anEntryOfTheFirstSchemaGetsEmptyOutcomesAndAttachments() {
        var migrated = new LogbookInstrument().migrateRecord("entry", 1, Json.createObjectBuilder().add("date",
                "2026-01-05").add("title", "Buurtsoep").add("type", "NUMBER").add("count", 12).build());
        assertEquals(0, migrated.getJsonArray("outcomeIds").size());
        assertEquals(0, migrated.getJsonArray("attachments").size());
        assertEquals("Buurtsoep", migrated.getString("title"));
        assertThrows(UnsupportedOperationException.class, () -> new LogbookInstrument().migrateRecord("entry", 2,
                Json.createObjectBuilder().build()));
    }

    @Test
    void aMunicipalityWithAnAmpersandGetsItsReportAndMarkupInATemplateNameStaysText() throws Exception {
        TestInstrumentContext c = TestInstrumentContext.of(new LogbookInstrument()).role(MemberRole.COORDINATOR)
                .clock(DECEMBER).municipality("a-en-b", "Gemeente A & B").fragments(fragments()).build();
        templatesOffered.add("{\"id\":\"x\",\"version\":1,\"name\":{\"nl\":\"Verslag </style><link href='http://"
                + "127.0.0.1:1/x'/> & co\"},\"sections\":[{\"kind\":\"TEXT\",\"title\":{\"nl\":\"<b>Inleiding</b>\"}}]}");
        var kept = (Payloads.SavedReportDetails) c.call("save-report", new Payloads.ReportRequest(null, null, "x", null, null,
                null, null, Map.of("0", "Tekst met <script> & \"aanhalingstekens\"")));
        byte[] pdf = new ReportService(c).pdf(new Payloads.ReportRequest(kept.id(), null, null, null, null, null, null, null));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Gemeente A & B"), text);
            assertTrue(text.contains("<b>Inleiding</b>"), "markup stays text: " + text);
            assertTrue(text.contains("Tekst met <script> & \"aanhalingstekens\""), text);
        }
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(new ReportService(c).docx(
                new Payloads.ReportRequest(kept.id(), null, null, null, null, null, null, null))))) {
            assertTrue(word.getProperties().getCoreProperties().getTitle().contains("Gemeente A & B"));
        }
    }

    @Test
    void aMeasurementStaysWhenItsIndicatorLeavesTheTheoryAndNewIndicatorsNeverTakeItsId() {
        TestInstrumentContext c = coordinator(new InMemoryRegister());
        Payloads.TheoryDetails first = (Payloads.TheoryDetails) c.call("save-theory", new Payloads.TheoryInput(null, null,
                theory()));
        c.call("record-measurement", new Measurement(first.id(), "soep", LocalDate.parse("2026-02-01"), BigDecimal.TEN,
                "telling", null));
        Theory without = new Theory(theory().name(), null, 0, theory().impact(), theory().outcomes(),
                List.of(theory().indicators().get(1)), List.of(), List.of(), null, null);
        c.call("save-theory", new Payloads.TheoryInput(first.id(), null, without));
        assertEquals(1, ((List<?>) c.call("measurements", new Payloads.MeasurementRequest(first.id(), null))).size(),
                "the measurement of the removed indicator is still there");
        assertThrows(InstrumentException.class, () -> c.call("record-measurement", new Measurement(first.id(), "soep",
                LocalDate.parse("2026-03-01"), BigDecimal.ONE, "telling", null)), "but no new one for it");
        InstrumentException nullText = assertThrows(InstrumentException.class, () -> c.call("save-report",
                new Payloads.ReportRequest(null, null, "nothing-like-this", null, null, null, null, null)));
        assertEquals("templateId", nullText.field());
    }
}
