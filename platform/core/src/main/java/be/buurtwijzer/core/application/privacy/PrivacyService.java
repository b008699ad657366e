package be.buurtwijzer.core.application.privacy;

import be.buurtwijzer.core.application.instruments.InstrumentPrivacy;
import be.buurtwijzer.core.application.instruments.InstrumentPrivacy.Holder;
import be.buurtwijzer.core.application.instruments.PluginFailureException;
import be.buurtwijzer.core.application.privacy.SubjectFindings.InstrumentFinding;
import be.buurtwijzer.core.application.privacy.SubjectFindings.InstrumentStatus;
import be.buurtwijzer.core.application.shared.Caller;
import be.buurtwijzer.core.application.shared.InputValidator;
import be.buurtwijzer.core.domain.privacy.PersonMatch;
import be.buurtwijzer.plugin.api.privacy.DataSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data-subject requests of one municipality (GDPR art. 15 and 17), for its administrator: find a person in
 * the register and in every instrument the municipality uses or used, hand out one export of it all, erase
 * or anonymise it all. Each instrument's call runs in its own transaction inside the plugin guard; the
 * platform's own part runs last, so that re-running a request that stopped half-way finishes it and
 * re-running a finished one changes nothing.
 */
@ApplicationScoped
public class PrivacyService {

    @Inject
    RegisterPrivacy register;

    @Inject
    InstrumentPrivacy instruments;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    public SubjectFindings find(Caller caller, String slug, SubjectQuery query) {
        return find(caller, slug, query, false);
    }

    /** For a platform administrator's request about a user of the platform (see {@link PlatformPrivacyService}). */
    public SubjectFindings findAsPlatform(Caller caller, String slug, SubjectQuery query) {
        return find(caller, slug, query, true);
    }

    public JsonObject exportAsPlatform(Caller caller, String slug, SubjectQuery query) {
        return export(caller, slug, query, true);
    }

    public ErasureReport eraseAsPlatform(Caller caller, String slug, SubjectQuery query) {
        return erase(caller, slug, query, true);
    }

    private SubjectFindings find(Caller caller, String slug, SubjectQuery query, boolean asPlatform) {
        PersonMatch person = person(query);
        RegisterPrivacy.Resolution resolution = register.resolve(caller, slug, person, asPlatform);
        return findings(person, resolution, instrumentFindings(resolution, person));
    }

    /** Everything held about the person, as one JSON document (readable names, no internal structure). */
    public JsonObject export(Caller caller, String slug, SubjectQuery query) {
        return export(caller, slug, query, false);
    }

    /** The same export as a readable PDF in Dutch, dated in Brussels time. */
    public byte[] exportPdf(Caller caller, String slug, SubjectQuery query) {
        return be.buurtwijzer.core.infrastructure.privacy.PersonalDataPdf.render(export(caller, slug, query),
                java.time.ZoneId.of("Europe/Brussels"));
    }

    private JsonObject export(Caller caller, String slug, SubjectQuery query, boolean asPlatform) {
        PersonMatch person = person(query);
        RegisterPrivacy.Resolution resolution = register.resolve(caller, slug, person, asPlatform);
        Map<String, Object> registerData = register.registerData(caller, slug, person, asPlatform);
        JsonObjectBuilder instrumentData = Json.createObjectBuilder();
        List<InstrumentFinding> findings = new ArrayList<>();
        for (Holder holder : resolution.holders()) {
            InstrumentFinding finding = finding(resolution, holder, person);
            findings.add(finding);
            if (finding.status() == InstrumentStatus.FOUND) {
                JsonObjectBuilder perSubject = Json.createObjectBuilder().add("instrument", holder.name());
                var items = Json.createArrayBuilder();
                for (DataSubject subject : subjects(resolution, person)) {
                    String json = instruments.call(resolution.access(), holder, resolution.locale(), "export",
                            (provider, context) -> holder.instrument().jsonb().toJson(provider.export(context, subject)));
                    items.add(parse(json));
                }
                instrumentData.add(holder.pluginId(), perSubject.add("data", items));
            }
        }
        SubjectFindings summary = findings(person, resolution, findings);
        register.exported(caller, slug, summary, asPlatform);
        return Json.createObjectBuilder()
                .add("format", "buurtwijzer-personal-data/1")
                .add("municipality", resolution.access().tenantName())
                .add("producedAt", clock.instant().toString())
                .add("person", Json.createObjectBuilder().add("name", person.name())
                        .add("email", person.email() == null ? JsonValue.NULL : Json.createValue(person.email())))
                .add("register", Json.createObjectBuilder(registerData))
                .add("auditEntriesMentioningThePerson", resolution.auditEntries())
                .add("instruments", instrumentData)
                .add("instrumentsNotAsked", Json.createArrayBuilder(findings.stream()
                        .filter(f -> f.status() == InstrumentStatus.UNAVAILABLE).map(InstrumentFinding::instrument)
                        .toList()))
                .build();
    }

    /**
     * Erases or anonymises everything about the person. Refused before anything changes when an instrument
     * that may hold personal data is not running, because its part could not be erased.
     */
    public ErasureReport erase(Caller caller, String slug, SubjectQuery query) {
        return erase(caller, slug, query, false);
    }

    private ErasureReport erase(Caller caller, String slug, SubjectQuery query, boolean asPlatform) {
        PersonMatch person = person(query);
        RegisterPrivacy.Resolution resolution = register.resolve(caller, slug, person, asPlatform);
        List<String> notRunning = resolution.holders().stream().filter(h -> !h.running()).map(Holder::name).toList();
        if (!notRunning.isEmpty()) {
            throw new PluginFailureException("Nothing was erased: the instrument(s) " + String.join(", ", notRunning)
                    + " of this municipality are not running on the platform at the moment, so what they hold about "
                    + "the person cannot be erased. Try again when they run; the platform administrators can see why.",
                    PluginFailureException.Kind.UNAVAILABLE);
        }
        Map<String, Integer> changed = new LinkedHashMap<>();
        Set<String> recordIds = new LinkedHashSet<>();
        for (Holder holder : resolution.holders()) {
            if (holder.provider() == null) {
                continue;
            }
            int count = 0;
            for (DataSubject subject : subjects(resolution, person)) {
                recordIds.addAll(instruments.call(resolution.access(), holder, resolution.locale(), "find",
                        (provider, context) -> List.copyOf(provider.find(context, subject))));
                count += instruments.call(resolution.access(), holder, resolution.locale(), "erase",
                        (provider, context) -> provider.erase(context, subject));
            }
            changed.put(holder.pluginId(), count);
        }
        return register.erase(caller, slug, person, changed, recordIds, asPlatform);
    }

    private PersonMatch person(SubjectQuery query) {
        if (query == null) {
            query = new SubjectQuery(null, null);
        }
        SubjectQuery checked = validator.check(query);
        return new PersonMatch(checked.name(), checked.email());
    }

    private List<InstrumentFinding> instrumentFindings(RegisterPrivacy.Resolution resolution, PersonMatch person) {
        return resolution.holders().stream().map(h -> finding(resolution, h, person)).toList();
    }

    private InstrumentFinding finding(RegisterPrivacy.Resolution resolution, Holder holder, PersonMatch person) {
        if (!holder.running()) {
            return new InstrumentFinding(holder.pluginId(), holder.name(), InstrumentStatus.UNAVAILABLE, 0);
        }
        if (holder.provider() == null) {
            return new InstrumentFinding(holder.pluginId(), holder.name(), InstrumentStatus.NO_PERSONAL_DATA, 0);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (DataSubject subject : subjects(resolution, person)) {
            ids.addAll(instruments.call(resolution.access(), holder, resolution.locale(), "find",
                    (provider, context) -> List.copyOf(provider.find(context, subject))));
        }
        return new InstrumentFinding(holder.pluginId(), holder.name(),
                ids.isEmpty() ? InstrumentStatus.NOTHING : InstrumentStatus.FOUND, ids.size());
    }

    /** One data subject per register actor that is the person, or one without an actor. */
    private static List<DataSubject> subjects(RegisterPrivacy.Resolution resolution, PersonMatch person) {
        List<String> actorIds = resolution.personActorIds();
        if (actorIds.isEmpty()) {
            return List.of(new DataSubject(null, resolution.userId(), person.email(), person.name()));
        }
        return actorIds.stream().map(id -> new DataSubject(id, resolution.userId(), person.email(), person.name()))
                .toList();
    }

    private static SubjectFindings findings(PersonMatch person, RegisterPrivacy.Resolution r,
            List<InstrumentFinding> instruments) {
        return new SubjectFindings(person.name(), person.email(), r.actors(), r.members(), r.invitations(),
                r.registerMentions(), r.auditEntries(), r.consents(), instruments);
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
