package be.buurtwijzer.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.application.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each loose reading JSON-B would do on its own is a refusal here, naming the field. */
class StrictJsonTest {

    enum Colour {
        RED, GREEN
    }

    record Inner(String label, int count) {
    }

    record Input(String name, long total, int count, Integer optional, double share, boolean enabled, Boolean maybe,
            Colour colour, LocalDate date, List<String> tags, List<Inner> items, Map<String, String> notes,
            BigDecimal amount) {
    }

    private static InvalidInputException refused(String json) {
        return assertThrows(InvalidInputException.class, () -> StrictJson.check(json, Input.class));
    }

    @ParameterizedTest(name = "{0} → field {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"total\":9223372036854775808}|total",
            "{\"count\":100000000000000000000000000000}|count",
            "{\"count\":1.5}|count",
            "{\"share\":-1e2000}|share",
            "{\"amount\":1e400}|amount",
            "{\"enabled\":\"yes\"}|enabled",
            "{\"enabled\":1}|enabled",
            "{\"maybe\":\"true\"}|maybe",
            "{\"name\":12}|name",
            "{\"name\":true}|name",
            "{\"name\":{\"a\":1}}|name",
            "{\"colour\":\"BLUE\"}|colour",
            "{\"date\":\"12/11/2026\"}|date",
            "{\"tags\":\"one\"}|tags",
            "{\"tags\":[\"a\",null]}|tags[1]",
            "{\"tags\":[\"a\",3]}|tags[1]",
            "{\"items\":[{\"label\":\"x\",\"count\":\"2\"}]}|items[0].count",
            "{\"items\":[null]}|items[0]",
            "{\"notes\":{\"a\":5}}|notes.a",
            "{\"count\":null}|count",
            "{\"name\":\"a\",\"name\":\"b\"}|name",
            "{\"name\":\"a\"} trailing|body",
            "{\"name\":\"a\"}{}|body",
            "[1,2]|body",
            "null|body",
            "{\"name\":|body"})
    void refusesWhatJsonbWouldReadLoosely(String json, String field) {
        assertEquals(field, refused(json).field());
    }

    @Test
    void refusesControlAndInvisibleCharactersInTextAndKeys() {
        for (String bad : List.of("\\u0000", "\\u001b[31m", "\\u202e", "\\u200b", "\\u2066", "\\ufeff", "\\ud800")) {
            InvalidInputException e = refused("{\"name\":\"Buurt" + bad + "huis\"}");
            assertEquals("name", e.field(), bad);
            assertTrue(e.getMessage().contains("U+"), e.getMessage());
        }
        assertEquals("notes.a\u202eb", refused("{\"notes\":{\"a\\u202eb\":\"x\"}}").field());
        assertEquals("unknown", refused("{\"unknown\":\"\\u0007\"}").field(), "also in properties the type ignores");
    }

    @Test
    void keepsWhatIsRightAndNormalisesTextToNfc() {
        String checked = StrictJson.check("{\"name\":\"Cafe\\u0301\\tkoffie\\nthee\",\"total\":9223372036854775807,"
                + "\"count\":1.0,\"share\":0.25,\"enabled\":false,\"colour\":\"GREEN\",\"date\":\"2026-11-12\","
                + "\"tags\":[\"a\"],\"items\":[{\"label\":\"x\",\"count\":2}],\"notes\":{\"a\":null},\"amount\":12.5,"
                + "\"emoji\":\"👩‍👩‍👧\"}", Input.class);
        assertTrue(checked.contains("\"Café\\tkoffie\\nthee\""), checked);
        assertTrue(checked.contains("\"count\":1,"), "a whole number written as 1.0 is 1: " + checked);
        assertTrue(checked.contains("9223372036854775807"), checked);
    }

    @Test
    void refusesDeepNesting() {
        String deep = "{\"notes\":" + "[".repeat(100) + "]".repeat(100) + "}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrictJson.check(deep, Object.class));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
        assertTrue(e.field().startsWith("notes"), e.field());
    }
}
