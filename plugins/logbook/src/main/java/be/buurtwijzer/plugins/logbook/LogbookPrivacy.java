package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.privacy.DataSubject;
import be.buurtwijzer.plugin.api.privacy.DataSubjectKind;
import be.buurtwijzer.plugin.api.privacy.LegalBasis;
import be.buurtwijzer.plugin.api.privacy.PersonalData;
import be.buurtwijzer.plugin.api.privacy.PersonalField;
import be.buurtwijzer.plugin.api.privacy.PrivacyProvider;
import be.buurtwijzer.plugin.api.privacy.Redaction;
import be.buurtwijzer.plugins.logbook.domain.Entry;
import java.util.List;
import java.util.Map;

/** A story in the log may name a resident: found, exported and blanked by name. Numbers are kept. */
final class LogbookPrivacy implements PrivacyProvider {

    static final PersonalData ENTRY = new PersonalData(List.of(
            new PersonalField("title", DataSubjectKind.NAMED_PERSON, new Text("de titel van een regel kan iemand noemen",
                    "an entry's title may name someone")),
            new PersonalField("text", DataSubjectKind.NAMED_PERSON, new Text("een verhaal kan bewoners noemen",
                    "a story may name residents"))),
            new Text("het verloop van de zorgzame buurt opvolgen en erover rapporteren",
                    "following and reporting the caring neighbourhood's progress"), LegalBasis.PUBLIC_TASK,
            // stories name residents: kept five years after their last change, long enough for a policy period
            java.time.Period.ofYears(5));

    private static List<StoredRecord<Entry>> about(InstrumentContext context, DataSubject subject) {
        return context.records().listAll(LogbookInstrument.ENTRY, Entry.class).stream()
                .filter(r -> Redaction.mentions(r.value().title(), subject.name())
                        || Redaction.mentions(r.value().text(), subject.name())).toList();
    }

    @Override
    public List<String> find(InstrumentContext context, DataSubject subject) {
        return about(context, subject).stream().map(StoredRecord::id).toList();
    }

    @Override
    public Object export(InstrumentContext context, DataSubject subject) {
        return about(context, subject).stream().map(r -> Map.of("date", String.valueOf(r.value().date()), "title",
                r.value().title(), "text", r.value().text() == null ? "" : r.value().text())).toList();
    }

    @Override
    public int erase(InstrumentContext context, DataSubject subject) {
        List<StoredRecord<Entry>> found = about(context, subject);
        for (StoredRecord<Entry> r : found) {
            Entry e = r.value();
            context.records().update(LogbookInstrument.ENTRY, r.id(), r.version(), new Entry(e.date(),
                    Redaction.redact(e.title(), subject.name()), Redaction.redact(e.text(), subject.name()), e.type(),
                    e.count(), e.indicator()));
        }
        return found.size();
    }
}
