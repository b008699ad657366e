package be.buurtwijzer.rest.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.application.shared.Page;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

public class PageJsonWriterTest {

    public record Item(String name, String note) {
    }

    private final PageJsonWriter writer = new PageJsonWriter();

    @Test
    void writesThePageAsJsonB() throws Exception {
        Page<Item> page = new Page<>(List.of(new Item("Buurtbabbel", null), new Item("Café Zorgzaam", "één")), 0, 20, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.writeTo(page, Page.class, Page.class, null, MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);

        assertEquals("{\"items\":[{\"name\":\"Buurtbabbel\"},{\"name\":\"Café Zorgzaam\",\"note\":\"één\"}],"
                + "\"page\":0,\"size\":20,\"total\":2}", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheSamePageObjectOnce() {
        Page<Item> kept = new Page<>(List.of(new Item("Buurtbabbel", null)), 0, 20, 1);

        assertSame(writer.json(kept, Page.class), writer.json(kept, Page.class));
    }

    @Test
    void anEqualPageReadAgainIsWrittenAgain() {
        Page<Item> before = new Page<>(List.of(new Item("Buurtbabbel", null)), 0, 20, 1);
        Page<Item> readAgain = new Page<>(List.of(new Item("Buurtbabbel", null)), 0, 20, 1);

        byte[] first = writer.json(before, Page.class);
        byte[] second = writer.json(readAgain, Page.class);

        assertNotSame(first, second);
        assertArrayEquals(first, second);
    }

    @Test
    void writesPagesOnly() {
        assertTrue(writer.isWriteable(Page.class, Page.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(Item.class, Item.class, null, MediaType.APPLICATION_JSON_TYPE));
    }
}
