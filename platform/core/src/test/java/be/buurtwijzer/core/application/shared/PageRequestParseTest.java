package be.buurtwijzer.core.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRequestParseTest {

    private static PageRequest parse(String page, String size) {
        return PageRequest.parse(page, size, null, Set.of("name"), "name");
    }

    @Test
    void theLastPageWhoseFirstEntryCanBeCountedIsAccepted() {
        PageRequest last = parse(String.valueOf(Integer.MAX_VALUE / 100), "100");
        assertTrue(last.offset() >= 0, "no overflow: " + last.offset());
        assertEquals(Integer.MAX_VALUE, parse(String.valueOf(Integer.MAX_VALUE), "1").offset());
    }

    @Test
    void aPageBeyondItIsTheCallersMistakeNamingThePage() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("2147483647", "2"));
        assertEquals("page", e.violations().get(0).field());
        assertThrows(InvalidInputException.class, () -> parse("21474837", "100"));
    }
}
