package be.buurtwijzer.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.application.shared.Filters;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.application.shared.PageRequest;
import be.buurtwijzer.core.domain.register.Sector;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParsingTest {

    private static final Set<String> SORTABLE = Set.of("name", "createdAt");

    @Test
    void defaults() {
        PageRequest page = PageRequest.parse(null, null, null, SORTABLE, "name");
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE, "name", false), page);
    }

    @Test
    void descendingWithAMinus() {
        PageRequest page = PageRequest.parse("2", "10", "-createdAt", SORTABLE, "name");
        assertEquals(new PageRequest(2, 10, "createdAt", true), page);
        assertEquals(20, page.offset());
    }

    @Test
    void badValuesNameTheirParameter() {
        assertEquals("page", assertThrows(InvalidInputException.class,
                () -> PageRequest.parse("x", null, null, SORTABLE, "name")).field());
        assertEquals("size", assertThrows(InvalidInputException.class,
                () -> PageRequest.parse(null, "0", null, SORTABLE, "name")).field());
        assertEquals("size", assertThrows(InvalidInputException.class,
                () -> PageRequest.parse(null, "201", null, SORTABLE, "name")).field());
        InvalidInputException sort = assertThrows(InvalidInputException.class,
                () -> PageRequest.parse(null, null, "passwordHash", SORTABLE, "name"));
        assertEquals("sort", sort.field());
        assertTrue(sort.getMessage().contains("createdAt, name"));
    }

    @Test
    void enumFiltersListTheAllowedValues() {
        assertEquals(Sector.CARE, Filters.enumValue("sector", " CARE ", Sector.class));
        assertNull(Filters.enumValue("sector", "", Sector.class));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Filters.enumValue("sector", "MOON", Sector.class));
        assertEquals("sector", e.field());
        assertTrue(e.getMessage().contains("WELFARE"));
    }

    @Test
    void likeWildcardsInSearchTextAreEscaped() {
        assertEquals("%50\\% korting\\_x%", Filters.containsPattern(" 50% Korting_x "));
    }
}
