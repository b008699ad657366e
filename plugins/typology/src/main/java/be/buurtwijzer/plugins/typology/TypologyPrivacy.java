package be.buurtwijzer.plugins.typology;

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
import java.util.List;
import java.util.Map;

/**
 * A typology's history names who decided each classification (and a reason may name someone): found by
 * the person's name, exported, and blanked while the decisions themselves are kept.
 */
final class TypologyPrivacy implements PrivacyProvider {

    static final PersonalData PROFILE = new PersonalData(List.of(
            new PersonalField("history.by", DataSubjectKind.PLATFORM_USER, new Text("wie een typering besliste",
                    "who decided a classification")),
            new PersonalField("history.reason", DataSubjectKind.NAMED_PERSON, new Text("een reden kan iemand noemen",
                    "a reason may name someone"))),
            new Text("verantwoorden hoe initiatieven getypeerd werden", "accounting for how initiatives were classified"),
            LegalBasis.PUBLIC_TASK, null);

    private static boolean names(Classification c, DataSubject subject) {
        return subject.name() != null && (subject.name().equalsIgnoreCase(c.by()) || Redaction.mentions(c.reason(),
                subject.name()));
    }

    private static List<StoredRecord<Profile>> about(InstrumentContext context, DataSubject subject) {
        return context.records().listAll(TypologyService.PROFILE, Profile.class).stream()
                .filter(r -> r.value().history().stream().anyMatch(c -> names(c, subject))).toList();
    }

    @Override
    public List<String> find(InstrumentContext context, DataSubject subject) {
        return about(context, subject).stream().map(StoredRecord::id).toList();
    }

    @Override
    public Object export(InstrumentContext context, DataSubject subject) {
        Map<String, String> initiatives = new java.util.HashMap<>();
        context.register().initiatives().forEach(i -> initiatives.put(i.id(), i.name()));
        return about(context, subject).stream().flatMap(r -> r.value().history().stream().filter(c -> names(c, subject))
                .map(c -> Map.of("initiative", initiatives.getOrDefault(r.value().initiativeId(), ""), "at",
                        c.at().toString(), "by", c.by(), "chosen", context.text(c.chosen().label()), "reason",
                        c.reason() == null ? "" : c.reason()))).toList();
    }

    @Override
    public int erase(InstrumentContext context, DataSubject subject) {
        List<StoredRecord<Profile>> found = about(context, subject);
        for (StoredRecord<Profile> r : found) {
            List<Classification> history = r.value().history().stream().map(c -> new Classification(c.at(),
                    subject.name().equalsIgnoreCase(c.by()) ? Redaction.ERASED : c.by(), c.proposed(), c.mixed(),
                    c.alsoPointsTo(), c.chosen(), c.overridden(), Redaction.redact(c.reason(), subject.name()),
                    c.explanationNl(), c.explanationEn(), c.tiedWith())).toList();
            context.records().update(TypologyService.PROFILE, r.id(), r.version(), new Profile(r.value().initiativeId(),
                    r.value().answers(), history));
        }
        return found.size();
    }
}
