package be.buurtwijzer.plugins.logbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.report.FragmentResult;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

    private static final Locale NL = Locale.forLanguageTag("nl-BE");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-15");
    private static final byte[] PNG = {1, 2, 3};
    private final List<String> asked = new ArrayList<>();

    private ReportInput.Sources sources(boolean spiderwebOff) {
        return new ReportInput.Sources() {
            @Override
            public FragmentResult fragment(ReportTemplate.Section section) {
                asked.add(section.plugin() + "/" + section.fragment());
                if (spiderwebOff && section.plugin().equals("spiderweb")) {
                    return FragmentResult.omitted("spiderweb", "web", "Spinnenweb", "'Spinnenweb' staat niet aan in deze "
                            + "gemeente; dit deel is weggelaten.");
                }
                return FragmentResult.rendered(section.plugin(), section.fragment(), section.plugin(), new ReportFragment(
                        "Deel van " + section.plugin(), "Stederen · stand van 15/12/2026",
                        List.of(new ReportFragment.Paragraph("inhoud van " + section.plugin()))));
            }

            @Override
            public ReportFragment.Figure chart(Theory.Indicator indicator, List<Measurement> series) {
                return new ReportFragment.Figure(indicator.what(), series.size() + " metingen", PNG, 10, 10);
            }

            @Override
            public ReportDocument.Photo picture(Entry.Attachment attachment) {
                return attachment.mediaType().startsWith("image/")
                        ? new ReportDocument.Photo(attachment.fileName(), attachment.alt(), PNG, "image/jpeg", 10, 10) : null;
            }
        };
    }

    private ReportInput input(String templateId, Map<Integer, String> texts, boolean spiderwebOff) {
        Theory theory = TheoryRules.nextVersion(null, TheoryRulesTest.stationswijk(), Instant.parse("2026-01-10T10:00:00Z"),
                "Chris");
        Baseline confirmed = BaselineRules.confirm(new Baseline("station", LocalDate.parse("2025-01-01"), List.of(
                new Baseline.Figure("65-plussers", new BigDecimal("23.5"), "%", "Bevolkingsregister",
                        LocalDate.parse("2025-01-01"))), "Veel huurwoningen.", null, null), Instant.EPOCH, "An");
        Baseline draft = new Baseline("blok", LocalDate.parse("2025-01-01"), List.of(), "Nog niet af.", null, null);
        List<Measurement> measurements = List.of(
                new Measurement("t", "soep", LocalDate.parse("2026-02-01"), new BigDecimal("22"), "telling", null),
                new Measurement("t", "soep", LocalDate.parse("2026-06-01"), new BigDecimal("31"), "telling", null),
                new Measurement("t", "soep", LocalDate.parse("2026-10-01"), new BigDecimal("37.5"), "telling", null),
                new Measurement("t", "hulpvragen", LocalDate.parse("2026-05-01"), new BigDecimal("4"), "buurtwerker", null));
        List<ReportInput.Story> stories = List.of(
                new ReportInput.Story("s1", new Entry(LocalDate.parse("2026-03-01"), "Soep bij Maria", "Maria kwam.\n\nEn bleef.",
                        Entry.EntryType.STORY, null, null, List.of(), List.of())),
                new ReportInput.Story("s2", new Entry(LocalDate.parse("2026-02-01"), "Jef helpt Rita", "Boodschappen.",
                        Entry.EntryType.STORY, null, null, List.of("t/helpen"), List.of(new Entry.Attachment("f1",
                        "soep.jpg", "image/jpeg", "Buren aan tafel", List.of("Jef"))))),
                new ReportInput.Story("s4", new Entry(LocalDate.parse("2026-01-15"), "Elders", "Uit een andere theorie.",
                        Entry.EntryType.STORY, null, null, List.of("andere/helpen"), List.of())),
                new ReportInput.Story("s3", new Entry(LocalDate.parse("2025-03-01"), "Vorig jaar", "x",
                        Entry.EntryType.STORY, null, null, List.of(), List.of())),
                new ReportInput.Story("n1", Entry.of(LocalDate.parse("2026-03-01"), "12 bezoekers", null,
                        Entry.EntryType.NUMBER, 12, "bezoekers")));
        ReportTemplate template = ReportTemplates.shipped().stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow();
        return new ReportInput(template, "Stederen", TODAY, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                "t", theory, List.of(confirmed, draft), Map.of("station", "Stationswijk", "blok", "Blok Oude Vest"), measurements,
                stories, texts, OutcomeCategories.shipped(), NL, sources(spiderwebOff));
    }

    private static String text(ReportDocument.Section s) {
        StringBuilder out = new StringBuilder();
        for (ReportDocument.Part p : s.parts()) {
            switch (p) {
                case ReportDocument.Note n -> out.append("[").append(n.text()).append("]");
                case ReportDocument.Subheading h -> out.append("## ").append(h.text());
                case ReportDocument.Photo photo -> out.append("photo ").append(photo.alt());
                case ReportDocument.Content c -> out.append(switch (c.block()) {
                    case ReportFragment.Paragraph para -> para.text();
                    case ReportFragment.Table table -> "table " + table.headers() + table.rows();
                    case ReportFragment.Figure figure -> "figure " + figure.alt();
                });
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void theAnnualReportAssemblesEverySectionKindFromWhatIsRecorded() {
        ReportDocument report = ReportAssembler.assemble(input("annual-report", Map.of(0, "Een goed jaar.\n\nMet veel soep."),
                false));
        assertEquals("Jaarverslag voor de subsidiegever", report.title());
        assertEquals("Stederen · 01/01/2026 – 31/12/2026 · opgemaakt op 15/12/2026", report.subtitle());
        assertEquals(1, report.theoryVersion(), "the report says which version of the theory it used");
        assertEquals(1, report.templateVersion());
        assertEquals(10, report.sections().size());
        assertEquals("Een goed jaar.\nMet veel soep.\n", text(report.sections().get(0)), "paragraphs as written");
        String baseline = text(report.sections().get(1));
        assertTrue(baseline.contains("## Stationswijk — toestand op 01/01/2025"), baseline);
        assertTrue(baseline.contains("[65-plussers, 23,5 %, Bevolkingsregister, 01/01/2025]"), baseline);
        assertTrue(!baseline.contains("Blok Oude Vest"), "a baseline not yet confirmed is no start to compare against");
        String theory = text(report.sections().get(2));
        assertTrue(theory.contains("[Zorgzame Stationswijk — versie 1 van 10/01/2026]"), theory);
        assertTrue(theory.contains("Sociale relaties onder buurtbewoners, Buurtbewoners helpen elkaar., hulpvragen tussen buren"),
                theory);
        assertTrue(theory.contains("• Buurtsoep elke maand"), theory);
        String indicators = text(report.sections().get(3));
        assertTrue(indicators.contains("[bewoners op de buurtsoep, Bewoners bereikt die anders niet bereikt werden., "
                + "40 bewoners, 37,5 bewoners (01/10/2026), telling, 3]"), indicators);
        assertTrue(indicators.contains("figure 3 metingen"), "a chart of an indicator with two values or more");
        assertTrue(!indicators.contains("figure 1 metingen"), "no chart of a single value");
        String stories = text(report.sections().get(4));
        assertTrue(stories.indexOf("Jef helpt Rita") < stories.indexOf("Soep bij Maria"),
                "a story with evidence of an outcome comes first: " + stories);
        assertTrue(stories.contains("photo Buren aan tafel"));
        assertTrue(stories.contains("[Toont uitkomst: Buurtbewoners helpen elkaar.]"));
        assertTrue(!stories.contains("Vorig jaar") && !stories.contains("12 bezoekers"), "the period's stories only");
        assertTrue(stories.indexOf("Elders") > stories.indexOf("Soep bij Maria"), "another theory's tag is no evidence here");
        assertEquals(1, stories.split("Toont uitkomst").length - 1, "only this theory's outcome is named: " + stories);
        assertEquals(List.of("typology/portfolio", "spiderweb/web", "activity-packages/plan", "volunteers/figures"), asked);
        assertTrue(text(report.sections().get(6)).contains("inhoud van spiderweb"));
        assertEquals("[Nog te schrijven: Wat leerden jullie, wat stuurden jullie bij, en wat staat er volgend jaar op de "
                + "planning?]\n", text(report.sections().get(9)));
    }

    @Test
    void aFragmentOfAnInstrumentThatIsOffIsLeftOutWithANoteInItsPlace() {
        ReportDocument report = ReportAssembler.assemble(input("annual-report", Map.of(), true));
        assertEquals("['Spinnenweb' staat niet aan in deze gemeente; dit deel is weggelaten.]\n",
                text(report.sections().get(6)));
        assertTrue(text(report.sections().get(5)).contains("inhoud van typology"), "the others are there");
    }

    @Test
    void theCouncilsOnePageTakesOneStoryAndNothingMissingIsSilent() {
        ReportInput full = input("council-story", Map.of(), false);
        ReportDocument report = ReportAssembler.assemble(full);
        assertEquals(3, report.sections().size());
        assertEquals(1, report.sections().get(1).parts().stream().filter(p -> p instanceof ReportDocument.Subheading).count());
        ReportInput empty = new ReportInput(full.template(), "Stederen", TODAY, null, null, null, null, List.of(), Map.of(),
                List.of(), List.of(), Map.of(), OutcomeCategories.shipped(), NL, full.sources());
        ReportDocument nothing = ReportAssembler.assemble(empty);
        assertEquals("Stederen · tot 15/12/2026 · opgemaakt op 15/12/2026", nothing.subtitle());
        assertEquals("[Geen verhalen in deze periode.]\n", text(nothing.sections().get(1)));
        ReportDocument learning = ReportAssembler.assemble(new ReportInput(ReportTemplates.shipped().get(4), "Stederen",
                TODAY, null, null, null, null, List.of(), Map.of(), List.of(), List.of(), Map.of(), OutcomeCategories.shipped(),
                Locale.ENGLISH, full.sources()));
        assertEquals("[There is no theory of change yet.]\n", text(learning.sections().get(1)));
        assertInstanceOf(ReportDocument.Note.class, ReportAssembler.assemble(new ReportInput(ReportTemplates.shipped()
                .get(0), "S", TODAY, null, null, null, null, List.of(), Map.of(), List.of(), List.of(), Map.of(),
                OutcomeCategories.shipped(), NL, full.sources())).sections().get(1).parts().get(0));
    }

    @Test
    void theShippedTemplatesAreTheFiveAudiencesAndATemplatePackIsReadTheSameWay() {
        assertEquals(List.of("baseline-report", "progress-report", "annual-report", "council-story", "learning-note"),
                ReportTemplates.shipped().stream().map(ReportTemplate::id).toList());
        ReportTemplate pack = ReportTemplates.parse("{\"id\":\"vvsg-jaarverslag\",\"version\":2,\"name\":{\"nl\":\"Jaarverslag "
                + "VVSG\"},\"sections\":[{\"kind\":\"FRAGMENT\",\"plugin\":\"typology\",\"fragment\":\"portfolio\","
                + "\"parameters\":{\"neighbourhoodId\":\"n1\"},\"title\":{\"nl\":\"Initiatieven\",\"en\":\"Initiatives\"}}]}",
                "vvsg-templates");
        assertEquals(2, pack.version());
        assertEquals("vvsg-templates", pack.origin());
        assertEquals("Jaarverslag VVSG", pack.name().en(), "English falls back to the Dutch");
        assertEquals(Map.of("neighbourhoodId", "n1"), pack.sections().get(0).parameters());
        for (String bad : List.of("{}", "{\"id\":\"Bad Id\",\"version\":1}", "{\"id\":\"a\",\"version\":0}",
                "{\"id\":\"a\",\"version\":1,\"name\":{\"nl\":\"A\"},\"sections\":[]}",
                "{\"id\":\"a\",\"version\":1,\"name\":{\"nl\":\"A\"},\"sections\":[{\"kind\":\"PICTURE\"}]}",
                "{\"id\":\"a\",\"version\":1,\"name\":{\"nl\":\"A\"},\"sections\":[{\"kind\":\"FRAGMENT\",\"title\":{\"nl\":\"x\"}}]}",
                "{\"id\":\"a\",\"version\":1,\"sections\":[{\"kind\":\"TEXT\",\"title\":{\"nl\":\"x\"}}]}",
                "{\"id\":\"a\",\"version\":1,\"name\":{\"nl\":\"A\"},\"sections\":[{\"kind\":\"STORIES\",\"maxStories\":0,"
                        + "\"title\":{\"nl\":\"x\"}}]}", "not json")) {
            assertThrows(IllegalArgumentException.class, () -> ReportTemplates.parse(bad, "x"), bad);
        }
    }
}
