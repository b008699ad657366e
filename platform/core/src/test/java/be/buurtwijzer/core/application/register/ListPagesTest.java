package be.buurtwijzer.core.application.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.application.shared.Page;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListPagesTest {

    private static final ListQuery FIRST = new ListQuery(null, Map.of("status", "ACTIVE"), "1", "20", "name");

    private static Page<String> page(String... items) {
        return new Page<>(List.of(items), 1, 20, items.length);
    }

    @Test
    void servesAPageOnlyForTheStampItWasReadUnder() {
        ListPages pages = new ListPages();
        pages.keep("t1", 7, FIRST, page("a", "b"));

        assertEquals(List.of("a", "b"), pages.<String>find("t1", 7, FIRST).orElseThrow().items());
        assertTrue(pages.find("t1", 8, FIRST).isEmpty(), "the register changed since");
        assertTrue(pages.find("t1", 7, FIRST).isEmpty(), "a newer stamp drops the older page");
        assertEquals(0, pages.weight());
    }

    @Test
    void neverServesOneMunicipalitysPageToAnother() {
        ListPages pages = new ListPages();
        pages.keep("t1", 3, FIRST, page("of t1"));

        assertTrue(pages.find("t2", 3, FIRST).isEmpty());
    }

    @Test
    void tellsListsApartByEveryPartOfTheQuery() {
        ListPages pages = new ListPages();
        pages.keep("t1", 1, FIRST, page("first"));

        assertTrue(pages.find("t1", 1, new ListQuery(null, Map.of("status", "ENDED"), "1", "20", "name")).isEmpty());
        assertTrue(pages.find("t1", 1, new ListQuery("x", Map.of("status", "ACTIVE"), "1", "20", "name")).isEmpty());
        assertTrue(pages.find("t1", 1, new ListQuery(null, Map.of("status", "ACTIVE"), "2", "20", "name")).isEmpty());
        assertTrue(pages.find("t1", 1, new ListQuery(null, Map.of("status", "ACTIVE"), "1", "20", "-name")).isEmpty());
        assertEquals(List.of("first"), pages.<String>find("t1", 1,
                new ListQuery(null, Map.of("status", "ACTIVE"), "1", "20", "name")).orElseThrow().items());
    }

    @Test
    void aSlowReaderWithAnOlderStampDoesNotReplaceANewerPage() {
        ListPages pages = new ListPages();
        pages.keep("t1", 5, FIRST, page("new"));
        pages.keep("t1", 4, FIRST, page("old"));

        assertEquals(List.of("new"), pages.<String>find("t1", 5, FIRST).orElseThrow().items());
    }

    @Test
    void keepsNoMoreEntriesThanItsCapacityDroppingTheLeastRecentlyUsed() {
        ListPages pages = new ListPages(10);
        ListQuery second = new ListQuery(null, Map.of(), "2", "20", null);
        ListQuery third = new ListQuery(null, Map.of(), "3", "20", null);
        pages.keep("t1", 1, FIRST, page("a", "b", "c"));
        pages.keep("t1", 1, second, page("d", "e", "f"));
        pages.find("t1", 1, FIRST);
        pages.keep("t1", 1, third, page("g", "h", "i"));

        assertTrue(pages.weight() <= 10);
        assertTrue(pages.find("t1", 1, FIRST).isPresent(), "used last, kept");
        assertTrue(pages.find("t1", 1, second).isEmpty(), "least recently used, dropped");
        assertTrue(pages.find("t1", 1, third).isPresent());
    }

    @Test
    void doesNotKeepAPageLargerThanItsWholeCapacity() {
        ListPages pages = new ListPages(10);
        pages.keep("t1", 1, FIRST, new Page<>(Collections.nCopies(50, "x"), 1, 50, 50));

        assertTrue(pages.find("t1", 1, FIRST).isEmpty());
        assertEquals(0, pages.weight());
    }

    @Test
    void keepsNothingWithACapacityOfNought() {
        ListPages pages = new ListPages(0);
        pages.keep("t1", 1, FIRST, page());
        pages.keep("t1", 1, FIRST, page("a"));

        assertTrue(pages.find("t1", 1, FIRST).isEmpty(), "every list is read from the database");
        assertEquals(0, pages.weight());
    }

    @Test
    void refusesANegativeCapacityNamingTheSetting() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ListPages(-1));

        assertTrue(refused.getMessage().contains("BUURTWIJZER_LIST_PAGES_CAPACITY"), refused.getMessage());
    }
}
