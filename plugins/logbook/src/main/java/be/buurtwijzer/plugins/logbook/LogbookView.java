package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugins.support.DutchDates;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import be.buurtwijzer.plugins.logbook.domain.LogbookRules;
import be.buurtwijzer.plugins.logbook.domain.Summary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The progress log: the summary, the form (for those who may write) with a photo, drawing or recording and the
 * outcomes a story shows evidence of, and the entries.
 */
public class LogbookView extends VerticalLayout implements be.buurtwijzer.plugins.support.Sections.Refreshable {

    final Grid<Entry> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final EntryForm form;
    final StoryMedia media;
    private final InstrumentContext context;

    public LogbookView(InstrumentContext context) {
        this.context = context;
        setPadding(false);
        add(new H2(context.text("Logboek: cijfers en verhalen", "Progress log: numbers and stories")), summary);
        if (context.user().has(LogbookInstrument.WRITE)) {
            form = new EntryForm(context);
            media = new StoryMedia(context);
            form.addSaveListener(save -> {
                Entry entry;
                try {
                    entry = media.complete(save.entry());
                } catch (InstrumentException refused) {
                    media.refused(refused);
                    return;
                }
                if (entry == null) {
                    return;
                }
                try {
                    context.call("add-story", new Payloads.StoryInput(entry, media.consentConfirmed()));
                } catch (InstrumentException refused) {
                    if (refused.field() != null && (refused.field().startsWith("attachments")
                            || refused.field().equals("consentConfirmed"))) {
                        media.refused(refused);
                    } else {
                        form.refused(refused);
                    }
                    return;
                }
                form.clear();
                media.clear();
                refresh();
            });
            add(form, media, form.save);
        } else {
            form = null;
            media = null;
        }
        grid.addColumn(e -> e.date() == null ? "" : DutchDates.DATE.format(e.date()))
                .setHeader(context.text("Datum", "Date"));
        grid.addColumn(Entry::title).setHeader(context.text("Titel", "Title"));
        grid.addColumn(e -> e.type() == Entry.EntryType.NUMBER ? e.count() : null)
                .setHeader(context.text("Aantal", "Count"));
        grid.addColumn(Entry::indicator).setHeader(context.text("Indicator", "Indicator"));
        grid.addColumn(Entry::text).setHeader(context.text("Verhaal", "Story"));
        grid.addColumn(e -> e.attachments().isEmpty() ? "" : String.join(", ", e.attachments().stream()
                .map(Entry.Attachment::alt).toList())).setHeader(context.text("Bijlagen", "Attachments"));
        grid.setAllRowsVisible(true);
        // the log as Belgian Excel reads it, right where the entries are (download links need the page's UI)
        com.vaadin.flow.component.orderedlayout.HorizontalLayout downloads =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
        downloads.addAttachListener(attached -> {
            if (downloads.getComponentCount() == 0) {
                downloads.add(download("logboek.csv", "text/csv", new Text("Logboek als CSV", "Progress log as CSV"),
                        () -> LogbookRules.csv(LogbookInstrument.all(context), context.locale())),
                        download("logboek.xlsx", be.buurtwijzer.plugin.api.Csv.XLSX_MEDIA_TYPE,
                                new Text("Logboek als Excel", "Progress log as Excel"), () -> context.spreadsheet(
                                        LogbookRules.table(LogbookInstrument.all(context), context.locale()),
                                        context.text("Logboek", "Progress log"))));
            }
        });
        add(grid, downloads);
        refresh();
    }

    private com.vaadin.flow.component.html.Anchor download(String fileName, String mediaType, Text label,
            java.util.function.Supplier<byte[]> content) {
        com.vaadin.flow.component.html.Anchor anchor = new com.vaadin.flow.component.html.Anchor(
                be.buurtwijzer.plugin.ui.Downloads.of(fileName, mediaType, content), context.text(label));
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    @Override
    public void refresh() {
        if (media != null) {
            media.refresh();
        }
        List<Entry> entries = LogbookInstrument.all(context);
        // the entry just added is on top, not after older ones
        grid.setItems(entries.stream().sorted(LogbookRules.NEWEST_FIRST).toList());
        Summary s = LogbookRules.summarise(entries, null);
        summary.setText(counts(context, "{0,choice,0#0 regels|1#1 regel|1<{0,number,integer} regels}: "
                + "{1,choice,0#0 cijfers|1#1 cijfer|1<{1,number,integer} cijfers}, "
                + "{2,choice,0#0 verhalen|1#1 verhaal|1<{2,number,integer} verhalen}.",
                "{0,choice,0#0 entries|1#1 entry|1<{0,number,integer} entries}: "
                + "{1,choice,0#0 numbers|1#1 number|1<{1,number,integer} numbers}, "
                + "{2,choice,0#0 stories|1#1 story|1<{2,number,integer} stories}.", s.entries(), s.numbers(), s.stories()));
    }

    /** A sentence with counts, each noun in the plural its count needs (a message format, not concatenation). */
    private static String counts(InstrumentContext context, String nl, String en, Object... counts) {
        boolean english = "en".equals(context.locale().getLanguage());
        return new java.text.MessageFormat(english ? en : nl, english ? java.util.Locale.ENGLISH
                : java.util.Locale.forLanguageTag("nl-BE")).format(counts);
    }

    /** The dashboard card: the theory of change, this year's measurements and stories, and the latest report. */
    static Paragraph card(InstrumentContext context) {
        int year = context.clock().instant().atZone(java.time.ZoneId.of("Europe/Brussels")).getYear();
        Summary s = LogbookRules.summarise(LogbookInstrument.all(context), year);
        var theories = new TheoryService(context).list();
        long measured = new RecordingService(context).all().stream().filter(m -> m.date().getYear() == year).count();
        var latestReport = new ReportService(context).latestTitle();
        String theory = theories.isEmpty() ? context.text("nog geen veranderingstheorie",
                "no theory of change yet") : context.text("veranderingstheorie v", "theory of change v")
                + theories.get(0).version();
        String latest = latestReport.map(title -> context.text("laatste verslag: ", "latest report: ") + title)
                .orElse(context.text("nog geen verslag", "no report yet"));
        return new Paragraph(theory + " · " + counts(context, "{0,choice,0#geen metingen|1#1 meting|1<{0,number,integer} "
                + "metingen} en {1,choice,0#geen verhalen|1#1 verhaal|1<{1,number,integer} verhalen} dit jaar",
                "{0,choice,0#no measurements|1#1 measurement|1<{0,number,integer} measurements} and "
                + "{1,choice,0#no stories|1#1 story|1<{1,number,integer} stories} this year", measured, s.stories())
                + " · " + latest);
    }
}
