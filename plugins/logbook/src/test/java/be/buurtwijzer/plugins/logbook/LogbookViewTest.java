package be.buurtwijzer.plugins.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugins.logbook.domain.Entry;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;


/** The view's logic without a browser: the form checks, saves through the record store, the grid follows. */
class LogbookViewTest {

    private static int rows(Grid<Entry> grid) {
        return grid.getGenericDataView().getItems().toList().size();
    }

    @Test
    void aCoordinatorAddsAnEntryAndSeesIt() {
        FakeContext context = new FakeContext(Locale.forLanguageTag("nl-BE"), LogbookInstrument.READ, LogbookInstrument.WRITE);
        LogbookView view = new LogbookView(context);
        assertEquals(0, rows(view.grid));
        view.form.date.setValue(LocalDate.of(2026, 3, 1));
        view.form.title.setValue("Buurtsoep");
        view.form.type.setValue(Entry.EntryType.NUMBER);
        view.form.count.setValue(14);
        view.form.save.click();
        assertEquals(1, context.stored.size());
        assertEquals(1, rows(view.grid));
        assertEquals("1 regels: 1 cijfers, 0 verhalen.", view.summary.getText());
        assertEquals("", view.form.title.getValue(), "the form is emptied after saving");
    }

    @Test
    void anIncompleteEntryIsRefusedAtTheFieldInTheUsersLanguage() {
        FakeContext context = new FakeContext(Locale.ENGLISH, LogbookInstrument.READ, LogbookInstrument.WRITE);
        LogbookView view = new LogbookView(context);
        view.form.title.setValue("No date");
        view.form.save.click();
        assertTrue(view.form.date.isInvalid());
        assertEquals("Enter a date.", view.form.date.getErrorMessage());
        assertTrue(context.stored.isEmpty(), "nothing saved");
    }

    @Test
    void aPartnerReadsWithoutAForm() {
        LogbookView view = new LogbookView(new FakeContext(Locale.forLanguageTag("nl-BE"), LogbookInstrument.READ));
        assertNull(view.form);
        assertFalse(view.getChildren().anyMatch(c -> c instanceof EntryForm));
    }

    @Test
    void theDashboardCardCountsThisYear() {
        FakeContext context = new FakeContext(Locale.ENGLISH, LogbookInstrument.READ);
        context.records().create("entry", new Entry(LocalDate.of(2026, 1, 5), "a", null, Entry.EntryType.STORY, null, null));
        context.records().create("entry", new Entry(LocalDate.of(2025, 1, 5), "b", null, Entry.EntryType.STORY, null, null));
        var card = new LogbookInstrument().dashboardCard().factory().create(context);
        assertEquals("0 numbers and 1 stories this year", card.getElement().getText());
    }
}
