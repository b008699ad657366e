package be.buurtwijzer.rest.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.application.register.ActorInput;
import be.buurtwijzer.core.application.register.InitiativeInput;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.domain.register.ActorKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {

    private final JsonBodyReader reader = new JsonBodyReader();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Class<?> type, String json) throws Exception {
        return reader.readFrom((Class) type, type, null, null, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private InvalidInputException refused(Class<?> type, String json) {
        return assertThrows(InvalidInputException.class, () -> read(type, json));
    }

    @Test
    void readsAValidBody() throws Exception {
        ActorInput actor = (ActorInput) read(ActorInput.class,
                "{\"name\":\"Turnkring\",\"kind\":\"ASSOCIATION\",\"sector\":\"SPORT\",\"contact\":{\"phone\":\"1\"}}");
        assertEquals(ActorKind.ASSOCIATION, actor.kind());
        assertEquals("1", actor.contact().phone());
    }

    @Test
    void namesTheFieldWithAnUnknownEnumValueAndListsTheAllowedOnes() {
        InvalidInputException e = refused(ActorInput.class, "{\"name\":\"A\",\"kind\":\"WIZARD\",\"sector\":\"SPORT\"}");
        assertEquals("kind", e.field());
        assertTrue(e.getMessage().contains("ASSOCIATION"), e.getMessage());
    }

    @Test
    void namesNestedAndListFields() {
        assertEquals("contact", refused(ActorInput.class, "{\"name\":\"A\",\"contact\":[1]}").field());
        assertEquals("version", refused(ActorInput.class, "{\"name\":\"A\",\"version\":\"one\"}").field());
        assertEquals("actorIds", refused(InitiativeInput.class, "{\"name\":\"A\",\"actorIds\":{\"a\":1}}").field());
    }

    @Test
    void malformedOrEmptyBodiesAreAboutTheBody() {
        InvalidInputException malformed = refused(ActorInput.class, "{\"name\":");
        assertEquals("body", malformed.field());
        assertTrue(malformed.getMessage().contains("line 1"), malformed.getMessage());
        assertEquals("body", refused(ActorInput.class, "  ").field());
        assertEquals("body", refused(ActorInput.class, "[]").field());
    }
}
