package be.buurtwijzer.core.domain;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.core.domain.instruments.PrivacyDeclarations;
import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.privacy.DataSubject;
import be.buurtwijzer.plugin.api.privacy.DataSubjectKind;
import be.buurtwijzer.plugin.api.privacy.LegalBasis;
import be.buurtwijzer.plugin.api.privacy.PersonalData;
import be.buurtwijzer.plugin.api.privacy.PersonalField;
import be.buurtwijzer.plugin.api.privacy.PrivacyProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The privacy contract a plugin must meet to be published (plugin API 1.3). */
class PrivacyDeclarationsTest {

    record Note(String text) {
    }

    private static Instrument with(PrivacyProvider provider, RecordKind<?>... kinds) {
        return new Instrument() {
            @Override
            public InstrumentDescriptor descriptor() {
                return new InstrumentDescriptor(new Text("t", "t"), new Text("t", "t"), "i", "c", List.of(), 1);
            }

            @Override
            public List<RecordKind<?>> recordKinds() {
                return List.of(kinds);
            }

            @Override
            public PrivacyProvider privacy() {
                return provider;
            }
        };
    }

    private static final PrivacyProvider PROVIDER = new PrivacyProvider() {
        @Override
        public List<String> find(InstrumentContext c, DataSubject s) {
            return List.of();
        }

        @Override
        public Object export(InstrumentContext c, DataSubject s) {
            return List.of();
        }

        @Override
        public int erase(InstrumentContext c, DataSubject s) {
            return 0;
        }
    };

    private static final PersonalData STORY = new PersonalData(List.of(new PersonalField("text",
            DataSubjectKind.NAMED_PERSON, new Text("verhaal", "story"))), new Text("doel", "purpose"),
            LegalBasis.PUBLIC_TASK, null);

    @Test
    void everyKindSaysWhatItHoldsAboutPeople() {
        assertNull(PrivacyDeclarations.problem(with(null)), "no record kinds, nothing to declare");
        assertNull(PrivacyDeclarations.problem(with(null, new RecordKind<>("note", Note.class, null, null)
                .withPersonalData(PersonalData.none()))));
        String undeclared = PrivacyDeclarations.problem(with(null, new RecordKind<>("note", Note.class, null, null)));
        assertTrue(undeclared.contains("'note' does not say whether it holds personal data"), undeclared);
    }

    @Test
    void personalDataNeedsThePrivacyCallsAndCompleteFields() {
        RecordKind<Note> story = new RecordKind<>("story", Note.class, null, null).withPersonalData(STORY);
        assertTrue(PrivacyDeclarations.problem(with(null, story)).contains("cannot find, export or erase"));
        assertNull(PrivacyDeclarations.problem(with(PROVIDER, story)));
        RecordKind<Note> pathless = new RecordKind<>("story", Note.class, null, null).withPersonalData(new PersonalData(
                List.of(new PersonalField(" ", DataSubjectKind.NAMED_PERSON, null)), new Text("d", "p"),
                LegalBasis.CONSENT, null));
        assertTrue(PrivacyDeclarations.problem(with(PROVIDER, pathless)).contains("needs its path"));
        RecordKind<Note> aboutNobody = new RecordKind<>("story", Note.class, null, null).withPersonalData(
                new PersonalData(List.of(new PersonalField("text", null, null)), new Text("d", "p"), LegalBasis.CONSENT,
                        null));
        assertTrue(PrivacyDeclarations.problem(with(PROVIDER, aboutNobody)).contains("whom it is about"));
    }
}
