package be.buurtwijzer.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kit behaves as the platform does where a plugin can notice it. */
class TestInstrumentContextTest {

    public record Note(String text) {
    }

    /** A note with a second constructor: JSON-B cannot read it back, the platform could not either. */
    public record Unreadable(String text) {
        public Unreadable() {
            this("");
        }
    }

    static final class Notes implements Instrument {
        @Override
        public InstrumentDescriptor descriptor() {
            return new InstrumentDescriptor(new Text("Notities", "Notes"), new Text("test", "test"), "vaadin:note",
                    "test", List.of(new PermissionSpec("notes.write", new Text("schrijven", "write"),
                            Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR))), 1);
        }

        @Override
        public List<RecordKind<?>> recordKinds() {
            return List.of(new RecordKind<>("note", Note.class, null, "notes.write", (note, context) -> {
                if (note.text() == null || note.text().isBlank()) {
                    throw InstrumentException.invalid("text", "empty");
                }
            }), new RecordKind<>("odd", Unreadable.class, null, "notes.write"));
        }

        @Override
        public List<OperationSpec<?, ?>> operations() {
            return List.of(new OperationSpec<>("add", new Text("toevoegen", "add"), Note.class, Note.class, "notes.write",
                    (c, in) -> c.records().create("note", in).value()));
        }
    }

    @Test
    void writesAreCheckedVersionedAndReadBackThroughJson() {
        TestInstrumentContext context = TestInstrumentContext.of(new Notes()).build();
        var created = context.records().create("note", new Note("eerste"));
        assertEquals(1, created.version());
        var updated = context.records().update("note", created.id(), 1, new Note("tweede"));
        assertEquals(2, updated.version());
        InstrumentException stale = assertThrows(InstrumentException.class,
                () -> context.records().update("note", created.id(), 1, new Note("derde")));
        assertEquals(InstrumentException.Kind.CONFLICT, stale.kind());
        assertThrows(InstrumentException.class, () -> context.records().create("note", new Note(" ")),
                "the kind's validator runs on every write");
        assertEquals("{\"text\":\"tweede\"}", context.store().json(created.id()));
        assertThrows(RuntimeException.class, () -> context.records().create("odd", new Unreadable("x")),
                "a document JSON-B cannot read back is refused");
        assertThrows(IllegalArgumentException.class, () -> context.records().create("undeclared", new Note("x")));
    }

    @Test
    void operationsNeedTheirPermissionAndAViewWritesOnlyThroughThem() {
        TestInstrumentContext coordinator = TestInstrumentContext.of(new Notes()).role(MemberRole.COORDINATOR).build();
        assertEquals(new Note("hallo"), coordinator.call("add", new Note("hallo")));
        assertThrows(SecurityException.class, () -> coordinator.as(MemberRole.PARTNER).call("add", new Note("nee")));
        TestInstrumentContext page = coordinator.view();
        assertThrows(IllegalStateException.class, () -> page.records().create("note", new Note("rechtstreeks")));
        page.call("add", new Note("via de operatie"));
        assertEquals(2, coordinator.store().count("note"));
        assertEquals(2, page.records().listAll("note", Note.class).size(), "the page reads the same data");
        assertTrue(page.records().listAll("note", Note.class).get(0).value().text().equals("via de operatie"),
                "newest first");
    }

    @Test
    void theRegisterHoldsWhatTheTestPutsInIt() {
        TestInstrumentContext context = TestInstrumentContext.of(new Notes()).build();
        String n = context.register().neighbourhood("Stationswijk", "GEOGRAPHIC");
        String a = context.register().actor("OCMW", "ORGANISATION", "WELFARE", "MUNICIPALITY");
        context.register().initiative("Burenhulp", n, "RUNNING", a);
        assertEquals(List.of(a), context.register().initiatives().get(0).actorIds());
        assertEquals("Stad Stederen", context.tenant().name());
    }

    @Test
    void consentIsGivenAskedAndWithdrawnAndAViewOnlyAsks() {
        TestInstrumentContext context = TestInstrumentContext.of(new Notes()).build();
        var resident = new be.buurtwijzer.plugin.api.privacy.DataSubject(null, null, null, "Mariette Claes");
        assertFalse(context.consents().isGiven("photos", resident));
        context.consents().give("photos", resident, "Ik geef toestemming om foto's van mij te gebruiken.", "1");
        assertTrue(context.consents().isGiven("photos", new be.buurtwijzer.plugin.api.privacy.DataSubject(null, null,
                null, "mariette claes ")), "the same person whatever the case");
        assertFalse(context.consents().isGiven("stories", resident), "per purpose");
        assertThrows(IllegalStateException.class, () -> context.view().consents().withdraw("photos", resident));
        assertTrue(context.view().consents().isGiven("photos", resident));
        assertTrue(context.consents().withdraw("photos", resident));
        assertFalse(context.consents().isGiven("photos", resident));
        assertFalse(context.consents().withdraw("photos", resident), "nothing left to withdraw");
        assertEquals(1, context.recordedConsents().size(), "the withdrawn consent stays as proof");
    }
}
