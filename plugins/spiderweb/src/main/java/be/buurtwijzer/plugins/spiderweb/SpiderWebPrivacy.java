package be.buurtwijzer.plugins.spiderweb;

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
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A web (and each snapshot of it) names its actors and holds the partner scan's answers about them, and an
 * actor of the register can be a person: found by the actor, exported, and anonymised in place (the name
 * blanked, the scan's answers removed) so that the web keeps its shape.
 */
final class SpiderWebPrivacy implements PrivacyProvider {

    private static final Text PURPOSE = new Text("de samenwerking rond een uitdaging in kaart brengen en opvolgen",
            "mapping and following the collaboration around a challenge");

    static final PersonalData WEB = new PersonalData(List.of(
            new PersonalField("state.placements.actorName", DataSubjectKind.REGISTER_ACTOR,
                    new Text("de naam van een actor, die een persoon kan zijn", "an actor's name, who may be a person")),
            new PersonalField("state.placements.scan", DataSubjectKind.REGISTER_ACTOR,
                    new Text("de antwoorden van de partnerscan over een partner", "the partner scan's answers about a "
                            + "partner"))), PURPOSE, LegalBasis.PUBLIC_TASK, null);

    static final PersonalData SNAPSHOT = new PersonalData(java.util.stream.Stream.concat(WEB.fields().stream(),
            java.util.stream.Stream.of(new PersonalField("takenBy", DataSubjectKind.PLATFORM_USER, new Text(
                    "wie de momentopname nam", "who took the snapshot")))).toList(), PURPOSE, LegalBasis.PUBLIC_TASK, null);

    private static boolean holds(WebState state, DataSubject subject) {
        return subject.actorId() != null && state.placements().stream().anyMatch(p -> subject.actorId().equals(p.actorId()));
    }

    private static boolean tookIt(Documents.Snapshot snapshot, DataSubject subject) {
        return subject.name() != null && subject.name().equalsIgnoreCase(snapshot.takenBy());
    }

    private static WebState anonymised(WebState state, DataSubject subject) {
        List<Placement> placements = state.placements().stream().map(p -> subject.actorId().equals(p.actorId())
                ? new Placement(p.actorId(), Redaction.ERASED, p.sector(), p.current(), p.needed(), p.participation(),
                        p.enthusiasm(), Map.of()) : p).toList();
        return new WebState(placements, state.factors());
    }

    @Override
    public List<String> find(InstrumentContext context, DataSubject subject) {
        List<String> ids = new ArrayList<>();
        context.records().listAll(SpiderWebService.WEB, Documents.Web.class).stream()
                .filter(r -> holds(r.value().state(), subject)).forEach(r -> ids.add(r.id()));
        context.records().listAll(SpiderWebService.SNAPSHOT, Documents.Snapshot.class).stream()
                .filter(r -> holds(r.value().state(), subject) || tookIt(r.value(), subject)).forEach(r -> ids.add(r.id()));
        return ids;
    }

    @Override
    public Object export(InstrumentContext context, DataSubject subject) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (StoredRecord<Documents.Web> r : context.records().listAll(SpiderWebService.WEB, Documents.Web.class)) {
            r.value().state().placements().stream().filter(p -> p.actorId().equals(subject.actorId())).forEach(p -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("web", r.value().name());
                entry.put("actor", p.actorName());
                entry.put("now", p.current() == null ? "" : context.text(p.current().label()));
                entry.put("needed", p.needed() == null ? "" : context.text(p.needed().label()));
                Map<String, String> scan = new LinkedHashMap<>();
                p.scan().forEach((q, a) -> scan.put(context.text(q.question()), a));
                entry.put("partnerScan", scan);
                found.add(entry);
            });
        }
        return found;
    }

    @Override
    public int erase(InstrumentContext context, DataSubject subject) {
        int changed = 0;
        for (StoredRecord<Documents.Web> r : context.records().listAll(SpiderWebService.WEB, Documents.Web.class)) {
            if (holds(r.value().state(), subject)) {
                Documents.Web w = r.value();
                context.records().update(SpiderWebService.WEB, r.id(), r.version(), new Documents.Web(w.name(),
                        w.challenge(), w.kind(), anonymised(w.state(), subject), w.networkCheck()));
                changed++;
            }
        }
        for (StoredRecord<Documents.Snapshot> r : context.records().listAll(SpiderWebService.SNAPSHOT,
                Documents.Snapshot.class)) {
            if (holds(r.value().state(), subject) || tookIt(r.value(), subject)) {
                Documents.Snapshot s = r.value();
                context.records().update(SpiderWebService.SNAPSHOT, r.id(), r.version(), new Documents.Snapshot(s.webId(),
                        s.label(), s.date(), s.takenAt(), tookIt(s, subject) ? Redaction.ERASED : s.takenBy(),
                        subject.actorId() == null ? s.state() : anonymised(s.state(), subject)));
                changed++;
            }
        }
        return changed;
    }
}
