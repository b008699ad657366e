package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.FragmentResult;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugins.logbook.domain.ReportDocument.Content;
import be.buurtwijzer.plugins.logbook.domain.ReportDocument.Note;
import be.buurtwijzer.plugins.logbook.domain.ReportDocument.Part;
import be.buurtwijzer.plugins.logbook.domain.ReportDocument.Subheading;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assembles a report from a template: each section of its kind, from the records read beforehand and what the
 * sources give. Reporting is assembling, not digging (seed 001, sheet L): nothing here asks the user for what
 * the instruments already know. A section without content says so, in its place.
 */
public final class ReportAssembler {

    static final int DEFAULT_STORIES = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportInput in;

    private ReportAssembler(ReportInput in) {
        this.in = in;
    }

    public static ReportDocument assemble(ReportInput in) {
        return new ReportAssembler(in).document();
    }

    /** The text in the report's language; empty when there is none. */
    private String inLocale(Text text) {
        return text == null ? "" : text.in(in.locale());
    }

    private ReportDocument document() {
        List<ReportDocument.Section> sections = new ArrayList<>();
        List<ReportTemplate.Section> template = in.template().sections();
        for (int i = 0; i < template.size(); i++) {
            ReportTemplate.Section s = template.get(i);
            List<Part> parts = switch (s.kind()) {
                case TEXT -> text(i, s);
                case BASELINE -> baseline();
                case THEORY -> theory();
                case INDICATORS -> indicators();
                case STORIES -> stories(s.maxStories() == null ? DEFAULT_STORIES : s.maxStories());
                case FRAGMENT -> fragment(s);
            };
            sections.add(new ReportDocument.Section(inLocale(s.title()), parts));
        }
        String period = in.from() == null && in.to() == null ? Text.pick(in.locale(), "tot ", "up to ")
                + DATE.format(in.today())
                : (in.from() == null ? "…" : DATE.format(in.from())) + " – " + DATE.format(in.to() == null ? in.today()
                        : in.to());
        String subtitle = in.municipality() + " · " + period + " · " + Text.pick(in.locale(), "opgemaakt op ",
                "made on ")
                + DATE.format(in.today());
        return new ReportDocument(inLocale(in.template().name()), subtitle, in.municipality(), in.template().id(),
                in.template().version(), in.template().origin(), in.theory() == null ? null : in.theory().version(),
                sections);
    }

    private List<Part> text(int index, ReportTemplate.Section s) {
        String written = in.texts().get(index);
        if (written == null || written.isBlank()) {
            return List.of(new Note(Text.pick(in.locale(), "Nog te schrijven", "Still to write")
                    + (s.guidance() == null ? "."
                    : ": " + inLocale(s.guidance()))));
        }
        List<Part> parts = new ArrayList<>();
        for (String paragraph : written.strip().split("\\R\\s*\\R")) {
            parts.add(new Content(new ReportFragment.Paragraph(paragraph.strip())));
        }
        return parts;
    }

    private List<Part> baseline() {
        List<Baseline> confirmed = in.baselines().stream().filter(Baseline::confirmed)
                .sorted(Comparator.comparing(b -> in.neighbourhoodNames().getOrDefault(b.neighbourhoodId(), ""))).toList();
        if (confirmed.isEmpty()) {
            return List.of(new Note(Text.pick(in.locale(), "Er is nog geen bevestigde beginsituatie.",
                    "There is no confirmed baseline yet.")));
        }
        List<Part> parts = new ArrayList<>();
        for (Baseline b : confirmed) {
            parts.add(new Subheading(in.neighbourhoodNames().getOrDefault(b.neighbourhoodId(), "?") + " — "
                    + Text.pick(in.locale(), "toestand op ", "as of ") + DATE.format(b.date())));
            if (b.narrative() != null && !b.narrative().isBlank()) {
                parts.add(new Content(new ReportFragment.Paragraph(b.narrative().strip())));
            }
            if (!b.figures().isEmpty()) {
                parts.add(new Content(new ReportFragment.Table(null, List.of(Text.pick(in.locale(), "Gegeven",
                        "Figure"), Text.pick(in.locale(), "Waarde", "Value"),
                        Text.pick(in.locale(), "Bron", "Source"), Text.pick(in.locale(), "Datum", "Date")),
                        b.figures().stream().map(f -> List.of(f.label(),
                        number(f.value()) + (f.unit() == null || f.unit().isBlank() ? "" : " " + f.unit()), f.source(),
                        DATE.format(f.date()))).toList())));
            }
        }
        return parts;
    }

    private List<Part> theory() {
        Theory th = in.theory();
        if (th == null) {
            return List.of(new Note(Text.pick(in.locale(), "Er is nog geen veranderingstheorie.",
                    "There is no theory of change yet.")));
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Note(th.name() + " — " + Text.pick(in.locale(), "versie ", "version ") + th.version()
                + (th.savedAt() == null ? "" : " " + Text.pick(in.locale(), "van ", "of ")
                + DATE.format(th.savedAt().atZone(
                        java.time.ZoneId.of("Europe/Brussels")).toLocalDate()))));
        parts.add(new Subheading(Text.pick(in.locale(), "Beoogde impact", "Intended impact")));
        parts.add(th.impact() == null || th.impact().isBlank() ? new Note(Text.pick(in.locale(),
                "Nog niet beschreven.", "Not described yet."))
                : new Content(new ReportFragment.Paragraph(th.impact().strip())));
        parts.add(new Subheading(Text.pick(in.locale(), "Tussentijdse uitkomsten", "Intermediate outcomes")));
        if (th.outcomes().isEmpty()) {
            parts.add(new Note(Text.pick(in.locale(), "Nog geen uitkomsten.", "No outcomes yet.")));
        } else {
            parts.add(new Content(new ReportFragment.Table(null, List.of(Text.pick(in.locale(), "Soort uitkomst",
                    "Kind of outcome"),
                    Text.pick(in.locale(), "Uitkomst", "Outcome"), Text.pick(in.locale(), "Indicatoren",
                    "Indicators")), th.outcomes().stream().map(o -> List.of(
                    o.categoryId() == null ? "" : in.categories().find(o.categoryId()).map(c -> inLocale(c.name())).orElse(""),
                    o.text(), th.indicators().stream().filter(i -> o.id().equals(i.outcomeId()))
                            .map(Theory.Indicator::what).collect(Collectors.joining("; ")))).toList())));
        }
        list(parts, Text.pick(in.locale(), "Randvoorwaarden", "Preconditions"), th.preconditions());
        list(parts, Text.pick(in.locale(), "Activiteiten", "Activities"), th.activities());
        return parts;
    }

    private void list(List<Part> parts, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            parts.add(new Subheading(heading));
            lines.forEach(l -> parts.add(new Content(new ReportFragment.Paragraph("• " + l.strip()))));
        }
    }

    private List<Part> indicators() {
        Theory th = in.theory();
        if (th == null || th.indicators().isEmpty()) {
            return List.of(new Note(Text.pick(in.locale(),
                    "Er zijn nog geen indicatoren: leg ze vast in de veranderingstheorie.",
                    "There are no indicators yet: set them in the theory of change.")));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Part> charts = new ArrayList<>();
        for (Theory.Indicator i : th.indicators()) {
            List<Measurement> series = Measurements.series(in.measurements(), i.id(), in.from(), in.to());
            String unit = i.unit() == null || i.unit().isBlank() ? "" : " " + i.unit();
            var latest = Measurements.latest(series);
            rows.add(List.of(i.what(), th.outcome(i.outcomeId()).map(Theory.Outcome::text).orElse(""),
                    i.target() == null ? "—" : number(i.target()) + unit,
                    latest.map(m -> number(m.value()) + unit + " (" + DATE.format(m.date()) + ")").orElse("—"),
                    latest.map(Measurement::source).orElse(""), String.valueOf(series.size())));
            if (series.size() >= 2) {
                ReportFragment.Figure chart = in.sources().chart(i, series);
                if (chart != null) {
                    charts.add(new Content(chart));
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Content(new ReportFragment.Table(null, List.of(Text.pick(in.locale(), "Indicator", "Indicator"),
                Text.pick(in.locale(), "Uitkomst", "Outcome"),
                Text.pick(in.locale(), "Doel", "Target"), Text.pick(in.locale(), "Laatste waarde", "Latest value"),
                Text.pick(in.locale(), "Bron", "Source"), Text.pick(in.locale(), "Metingen", "Measurements")),
                rows)));
        parts.addAll(charts);
        return parts;
    }

    private List<Part> stories(int max) {
        List<ReportInput.Story> chosen = in.stories().stream()
                .filter(s -> s.entry().type() == Entry.EntryType.STORY && s.entry().date() != null)
                .filter(s -> (in.from() == null || !s.entry().date().isBefore(in.from()))
                        && (in.to() == null || !s.entry().date().isAfter(in.to())))
                .sorted(Comparator.comparing((ReportInput.Story s) -> s.entry().outcomeIds().stream()
                        .noneMatch(tag -> !outcomeText(tag).isEmpty()))
                        .thenComparing(s -> s.entry().date(), Comparator.reverseOrder()))
                .limit(max).toList();
        if (chosen.isEmpty()) {
            return List.of(new Note(Text.pick(in.locale(), "Geen verhalen in deze periode.",
                    "No stories in this period.")));
        }
        List<Part> parts = new ArrayList<>();
        for (ReportInput.Story s : chosen) {
            Entry e = s.entry();
            parts.add(new Subheading(e.title() + " (" + DATE.format(e.date()) + ")"));
            if (e.text() != null && !e.text().isBlank()) {
                for (String paragraph : e.text().strip().split("\\R\\s*\\R")) {
                    parts.add(new Content(new ReportFragment.Paragraph(paragraph.strip())));
                }
            }
            for (Entry.Attachment a : e.attachments()) {
                ReportDocument.Photo picture = in.sources().picture(a);
                if (picture != null) {
                    parts.add(picture);
                } else if (a.alt() != null && !a.alt().isBlank()) {
                    parts.add(new Note(Text.pick(in.locale(), "Bijlage: ", "Attachment: ") + a.fileName() + " — "
                            + a.alt()));
                }
            }
            String outcomes = e.outcomeIds().stream().map(this::outcomeText).filter(o -> !o.isEmpty())
                    .collect(Collectors.joining("; "));
            if (!outcomes.isEmpty()) {
                parts.add(new Note(Text.pick(in.locale(), "Toont uitkomst: ", "Shows the outcome: ") + outcomes));
            }
        }
        return parts;
    }

    /** "theoryId/outcomeId" in words, when it is an outcome of the theory the report uses. */
    private String outcomeText(String tag) {
        int slash = tag.indexOf('/');
        if (in.theory() == null || slash < 0 || !tag.substring(0, slash).equals(in.theoryId())) {
            return "";
        }
        return in.theory().outcome(tag.substring(slash + 1)).map(Theory.Outcome::text).orElse("");
    }

    private List<Part> fragment(ReportTemplate.Section s) {
        FragmentResult result = in.sources().fragment(s);
        if (result == null || result.isOmitted()) {
            return List.of(new Note(result == null ? Text.pick(in.locale(), "Dit deel is weggelaten.",
                    "This part was left out.")
                    : result.omitted()));
        }
        List<Part> parts = new ArrayList<>();
        ReportFragment f = result.fragment();
        parts.add(new Note(f.title() + (f.source() == null || f.source().isBlank() ? "" : " — " + f.source())
                + " (" + result.instrument() + ")"));
        f.blocks().forEach(b -> parts.add(new Content(b)));
        return parts;
    }

    private String number(BigDecimal value) {
        return new DecimalFormat("#,##0.####", symbols(in.locale())).format(value);
    }

    /** Numbers the Belgian way (1.234,5) in Dutch, whatever variant of Dutch the locale names; English otherwise. */
    public static DecimalFormatSymbols symbols(java.util.Locale locale) {
        return DecimalFormatSymbols.getInstance("en".equals(locale.getLanguage()) ? java.util.Locale.UK
                : java.util.Locale.forLanguageTag("nl-BE"));
    }

    /** Today's date in the report's form, for the renderers. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }
}
