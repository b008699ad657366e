package be.buurtwijzer.plugins.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;


/** The view's logic without a browser (plugin test kit): the form checks, saves through the operation, the grid follows. */
class LogbookViewTest {

    private static TestInstrumentContext context(Locale locale, String... permissions) {
        return TestInstrumentContext.of(new LogbookInstrument()).locale(locale).permissions(permissions).build();
    }

    private static int rows(Grid<Entry> grid) {
        return grid.getGenericDataView().getItems().toList().size();
    }

    @Test
    void aCoordinatorAddsAnEntryAndSeesIt() {
        TestInstrumentContext context = context(Locale.forLanguageTag("nl-BE"), LogbookInstrument.READ,
                LogbookInstrument.WRITE);
        LogbookView view = new LogbookView(context.view());
        assertEquals(0, rows(view.grid));
        view.form.date.setValue(LocalDate.of(2026, 3, 1));
        view.form.title.setValue("Buurtsoep");
        view.form.type.setValue(Entry.EntryType.NUMBER);
        view.form.count.setValue(14);
        view.form.save.click();
        assertEquals(1, context.store().count("entry"));
        assertEquals(1, rows(view.grid));
        assertEquals("1 regel: 1 cijfer, 0 verhalen.", view.summary.getText(), "each noun in the plural its count needs");
        assertEquals("", view.form.title.getValue(), "the form is emptied after saving");
    }

    @Test
    void theSaveButtonComesAfterTheStorysPhotosAndConsent() {
        LogbookView view = new LogbookView(context(Locale.forLanguageTag("nl-BE"), LogbookInstrument.READ,
                LogbookInstrument.WRITE).view());
        java.util.List<com.vaadin.flow.component.Component> children = view.getChildren().toList();
        assertTrue(children.indexOf(view.form.save) > children.indexOf(view.media), "saved last, with everything above");
        assertFalse(view.form.getChildren().anyMatch(c -> c == view.form.save));
    }

    @Test
    void theNewestEntryIsOnTopWhateverOrderTheyWereAddedIn() {
        TestInstrumentContext context = context(Locale.forLanguageTag("nl-BE"), LogbookInstrument.READ);
        context.records().create("entry", Entry.of(LocalDate.of(2026, 3, 1), "maart", null, Entry.EntryType.STORY, null, null));
        context.records().create("entry", Entry.of(LocalDate.of(2026, 11, 2), "november", null, Entry.EntryType.STORY, null, null));
        context.records().create("entry", Entry.of(LocalDate.of(2025, 6, 9), "juni vorig jaar", null, Entry.EntryType.STORY, null, null));
        LogbookView view = new LogbookView(context.view());
        assertEquals(java.util.List.of("november", "maart", "juni vorig jaar"),
                view.grid.getGenericDataView().getItems().map(Entry::title).toList());
    }

    @Test
    void anIncompleteEntryIsRefusedAtTheFieldInTheUsersLanguage() {
        TestInstrumentContext context = context(Locale.ENGLISH, LogbookInstrument.READ, LogbookInstrument.WRITE);
        LogbookView view = new LogbookView(context.view());
        view.form.title.setValue("No date");
        view.form.save.click();
        assertTrue(view.form.date.isInvalid());
        assertEquals("Enter a date.", view.form.date.getErrorMessage());
        assertEquals(0, context.store().count("entry"), "nothing saved");
    }

    @Test
    void aPartnerReadsWithoutAForm() {
        LogbookView view = new LogbookView(context(Locale.forLanguageTag("nl-BE"), LogbookInstrument.READ).view());
        assertNull(view.form);
        assertFalse(view.getChildren().anyMatch(c -> c instanceof EntryForm));
    }

    @Test
    void theDashboardCardCountsThisYear() {
        TestInstrumentContext context = context(Locale.ENGLISH, LogbookInstrument.READ, LogbookInstrument.WRITE);
        context.records().create("entry", Entry.of(LocalDate.of(2026, 1, 5), "a", null, Entry.EntryType.STORY, null, null));
        context.records().create("entry", Entry.of(LocalDate.of(2025, 1, 5), "b", null, Entry.EntryType.STORY, null, null));
        var card = new LogbookUi().dashboardCard().factory().create(context);
        assertEquals("no theory of change yet · no measurements and 1 story this year · no report yet",
                card.getElement().getText());
    }
}
