package be.buurtwijzer.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.buurtwijzer.core.domain.audit.AuditAction;
import jakarta.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditSentenceTest {

    private static final Map<String, String> DUTCH = Map.ofEntries(Map.entry("audit.done.CREATE", "aangemaakt"),
            Map.entry("audit.done.UPDATE", "gewijzigd"), Map.entry("audit.done.DELETE", "verwijderd"),
            Map.entry("audit.and", "en"), Map.entry("audit.entity.initiative", "initiatief"),
            Map.entry("audit.entity.record.in", "{0} ({1})"), Map.entry("audit.instrument.typology", "Typologie"),
            Map.entry("audit.field.name", "naam"), Map.entry("audit.field.status", "status"),
            Map.entry("audit.field.goals", "doelen"), Map.entry("audit.system.retention", "automatisch: bewaartermijn"),
            Map.entry("audit.system", "automatisch ({0})"),
            Map.entry("audit.fields.other", "{0,choice,1#één ander veld|1<{0} andere velden}"));

    private final AuditSentence sentences = new AuditSentence((key, params) -> {
        String text = DUTCH.get(key);
        return text == null ? null : new java.text.MessageFormat(text).format(params);
    });

    @Test
    void aChangeNamesTheThingAndItsChangedFieldsInDutch() {
        var changes = Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("from", "Buurtsoep").add("to", "Soepbar"))
                .add("status", Json.createObjectBuilder().add("from", "IDEA").add("to", "RUNNING"))
                .add("version", Json.createObjectBuilder().add("from", 1).add("to", 2)).build();
        assertEquals("Initiatief ‘Soepbar’ gewijzigd: naam en status", sentences.of(AuditAction.UPDATE, "initiative", changes));
    }

    @Test
    void anInstrumentsRecordSaysWhichDocumentFieldsChangedAndCountsTheFieldsItHasNoWordFor() {
        var changes = Json.createObjectBuilder().add("document", Json.createObjectBuilder()
                .add("from", Json.createObjectBuilder().add("goals", "[MEETING]").add("lead", "CITIZENS"))
                .add("to", Json.createObjectBuilder().add("goals", "[SMALL_HELP]").add("lead", "CITIZENS")
                        .add("scale", "STREET"))).build();
        assertEquals("Profile (Typologie) gewijzigd: doelen en één ander veld",
                sentences.of(AuditAction.UPDATE, "record:typology:profile", changes));
        var more = Json.createObjectBuilder().add("document", Json.createObjectBuilder()
                .add("from", Json.createObjectBuilder())
                .add("to", Json.createObjectBuilder().add("linkSetups", "[]").add("shortTermGoals", "x"))).build();
        assertEquals("Profile (Typologie) gewijzigd: 2 andere velden",
                sentences.of(AuditAction.UPDATE, "record:typology:profile", more));
    }

    @Test
    void aDeletionListsNoFieldsAndAnUnknownKindKeepsItsName() {
        assertEquals("Initiatief ‘x’ verwijderd", sentences.of(AuditAction.DELETE, "initiative",
                Json.createObjectBuilder().add("name", Json.createObjectBuilder().add("from", "x")).build()));
        assertEquals("Wormhole aangemaakt", sentences.of(AuditAction.CREATE, "wormhole", null));
    }

    @Test
    void thePlatformsOwnWorkIsSaidInWordsAndPeopleKeepTheirAddress() {
        assertEquals("automatisch: bewaartermijn", sentences.who("system:retention"));
        assertEquals("automatisch (tenant-purge)", sentences.who("system:tenant-purge"));
        assertEquals("an@stederen.example", sentences.who("an@stederen.example"));
        assertEquals("", sentences.who(null));
    }
}
