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
                    "a story may name residents")),
            new PersonalField("attachments", DataSubjectKind.NAMED_PERSON, new Text("foto's waarop bewoners herkenbaar "
                    + "zijn, met hun namen en wat erop te zien is", "photos on which residents can be recognised, with "
                    + "their names and what they show"))),
            new Text("het verloop van de zorgzame buurt opvolgen en erover rapporteren",
                    "following and reporting the caring neighbourhood's progress"), LegalBasis.PUBLIC_TASK,
            // stories name residents: kept five years after their last change, long enough for a policy period
            java.time.Period.ofYears(5));

    static final PersonalData SAVED_BY = new PersonalData(List.of(new PersonalField("savedBy",
            DataSubjectKind.PLATFORM_USER, new Text("wie een versie bewaarde", "who saved a version"))),
            new Text("verantwoorden wie de documentatie opstelde", "accounting for who wrote the documentation"),
            LegalBasis.PUBLIC_TASK, null);

    static final PersonalData CONFIRMED_BY = new PersonalData(List.of(new PersonalField("confirmedBy",
            DataSubjectKind.PLATFORM_USER, new Text("wie de beginsituatie bevestigde", "who confirmed the baseline"))),
            new Text("verantwoorden wie de beginsituatie bevestigde", "accounting for who confirmed the baseline"),
            LegalBasis.PUBLIC_TASK, null);

    private static List<StoredRecord<Entry>> about(InstrumentContext context, DataSubject subject) {
        return context.records().listAll(LogbookInstrument.ENTRY, Entry.class).stream()
                .filter(r -> Redaction.mentions(r.value().title(), subject.name())
                        || Redaction.mentions(r.value().text(), subject.name())
                        || r.value().attachments().stream().anyMatch(a -> shows(a, subject)
                                || Redaction.mentions(a.alt(), subject.name()))).toList();
    }

    /** A photo on which the person can be recognised goes as a whole: blanking a name does not blank a face. */
    private static boolean shows(Entry.Attachment a, DataSubject subject) {
        return subject.name() != null && a.recognisable().stream().anyMatch(n -> n.strip().equalsIgnoreCase(
                subject.name().strip()));
    }

    @Override
    public List<String> find(InstrumentContext context, DataSubject subject) {
        return about(context, subject).stream().map(StoredRecord::id).toList();
    }

    @Override
    public Object export(InstrumentContext context, DataSubject subject) {
        return about(context, subject).stream().map(r -> Map.of("date", String.valueOf(r.value().date()), "title",
                r.value().title(), "text", r.value().text() == null ? "" : r.value().text(), "attachments",
                r.value().attachments().stream().map(a -> Map.of("file", a.fileName() == null ? "" : a.fileName(),
                        "shows", a.alt() == null ? "" : a.alt(), "recognisable", String.join(", ", a.recognisable())))
                        .toList())).toList();
    }

    @Override
    public int erase(InstrumentContext context, DataSubject subject) {
        List<StoredRecord<Entry>> found = about(context, subject);
        for (StoredRecord<Entry> r : found) {
            Entry e = r.value();
            context.records().update(LogbookInstrument.ENTRY, r.id(), r.version(), new Entry(e.date(),
                    Redaction.redact(e.title(), subject.name()), Redaction.redact(e.text(), subject.name()), e.type(),
                    e.count(), e.indicator(), e.outcomeIds(), e.attachments().stream()
                            .filter(a -> !shows(a, subject))
                            .map(a -> new Entry.Attachment(a.fileId(), a.fileName(), a.mediaType(),
                                    Redaction.redact(a.alt(), subject.name()), a.recognisable())).toList()));
            e.attachments().stream().filter(a -> shows(a, subject)).forEach(a -> Photos.forget(context, a));
        }
        return found.size();
    }

    /**
     * A story expires with its photos and recordings: the platform would delete the entry alone and leave its
     * files behind. Other kinds expire as the platform does it, by their last change.
     */
    @Override
    public int expire(InstrumentContext context, String kind, java.time.Instant limit) {
        if (!LogbookInstrument.ENTRY.equals(kind)) {
            return -1;
        }
        int expired = 0;
        for (StoredRecord<Entry> r : context.records().listAll(LogbookInstrument.ENTRY, Entry.class)) {
            if (r.updatedAt() != null && r.updatedAt().isBefore(limit)) {
                r.value().attachments().forEach(a -> Photos.forget(context, a));
                context.records().delete(LogbookInstrument.ENTRY, r.id());
                expired++;
            }
        }
        return expired;
    }
}
