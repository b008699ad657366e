package be.buurtwijzer.plugins.volunteers;

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
import be.buurtwijzer.plugins.volunteers.domain.Booking;
import be.buurtwijzer.plugins.volunteers.domain.Money;
import be.buurtwijzer.plugins.volunteers.domain.Policy;
import be.buurtwijzer.plugins.volunteers.domain.Volunteer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the volunteer policy holds about people: the volunteer register (personal data of volunteers), their
 * allowances (the bookkeeping volunteer law asks to keep, kept anonymised when a volunteer is erased), and who
 * approved a policy version. A volunteer who left is anonymised once the retention after their end date is
 * over; their allowances stay, anonymised, for their own (longer) retention.
 */
final class VolunteersPrivacy implements PrivacyProvider {

    static final String ERASED = "Vrijwilliger (gewist)";

    static final PersonalData VOLUNTEER = new PersonalData(List.of(
            new PersonalField("name", DataSubjectKind.NAMED_PERSON, new Text("naam van de vrijwilliger", "the volunteer's name")),
            new PersonalField("email", DataSubjectKind.NAMED_PERSON, new Text("e-mailadres", "e-mail address")),
            new PersonalField("phone", DataSubjectKind.NAMED_PERSON, new Text("telefoonnummer", "phone number")),
            new PersonalField("skills", DataSubjectKind.NAMED_PERSON, new Text("vaardigheden, talen, vormingen, "
                    + "afspraken", "skills, languages, training, agreements")),
            new PersonalField("ageBand", DataSubjectKind.NAMED_PERSON, new Text("leeftijdsgroep en sinds wanneer in de "
                    + "buurt (vrijwillig)", "age band and since when in the neighbourhood (optional)"))),
            new Text("de vrijwilligers van de zorgzame buurt begeleiden, verzekeren en vergoeden",
                    "coaching, insuring and paying back the caring neighbourhood's volunteers"),
            LegalBasis.PUBLIC_TASK, Period.ofYears(2));

    static final PersonalData ALLOWANCE = new PersonalData(List.of(
            new PersonalField("volunteerId", DataSubjectKind.NAMED_PERSON, new Text("welke vrijwilliger welke vergoeding "
                    + "kreeg, op welke dag", "which volunteer received which allowance, on which day")),
            new PersonalField("description", DataSubjectKind.NAMED_PERSON, new Text("omschrijving van de kost",
                    "description of the cost"))),
            new Text("de nominatieve lijst per kalenderjaar die de vrijwilligerswet vraagt",
                    "the nominative list per calendar year that volunteer law asks for"),
            LegalBasis.LEGAL_OBLIGATION, Period.ofYears(7));

    static final PersonalData ROLE = new PersonalData(List.of(new PersonalField("volunteerIds",
            DataSubjectKind.NAMED_PERSON, new Text("welke vrijwilligers een taak opnemen", "which volunteers take on a task"))),
            new Text("de inzet van vrijwilligers en hun verzekering opvolgen", "following volunteers' tasks and their "
                    + "insurance"), LegalBasis.PUBLIC_TASK, null);

    static final PersonalData OCCASION = new PersonalData(List.of(new PersonalField("volunteerId",
            DataSubjectKind.NAMED_PERSON, new Text("wanneer een vrijwilliger een taak opnam, en hoe lang",
            "when a volunteer took on a task, and for how long"))),
            new Text("de inzet per taak tellen, waar de gemeente daarvoor koos", "counting the occasions per task, where "
                    + "the municipality chose to"), LegalBasis.PUBLIC_TASK, Period.ofYears(2));

    static final PersonalData POLICY = new PersonalData(List.of(new PersonalField("approvedBy",
            DataSubjectKind.PLATFORM_USER, new Text("wie een versie goedkeurde", "who approved a version"))),
            new Text("verantwoorden wie het vrijwilligersbeleid goedkeurde", "accounting for who approved the policy"),
            LegalBasis.PUBLIC_TASK, null);

    private static boolean isThem(Volunteer v, DataSubject subject) {
        return !v.name().startsWith(ERASED) && ((subject.name() != null && subject.name().strip().equalsIgnoreCase(
                v.name().strip())) || (subject.email() != null && subject.email().equalsIgnoreCase(v.email())));
    }

    private static List<StoredRecord<Volunteer>> about(InstrumentContext context, DataSubject subject) {
        return context.records().listAll(VolunteerService.VOLUNTEER, Volunteer.class).stream()
                .filter(r -> isThem(r.value(), subject)).toList();
    }

    private static List<StoredRecord<be.buurtwijzer.plugins.volunteers.domain.Occasion>> occasions(
            InstrumentContext context, String volunteerId) {
        return context.records().listAll(OccasionService.OCCASION, be.buurtwijzer.plugins.volunteers.domain.Occasion.class)
                .stream().filter(o -> volunteerId.equals(o.value().volunteerId())).toList();
    }

    private static List<StoredRecord<Policy>> approvedBy(InstrumentContext context, DataSubject subject) {
        return context.records().listAll(VolunteerService.POLICY, Policy.class).stream()
                .filter(r -> subject.name() != null && subject.name().equalsIgnoreCase(r.value().approvedBy())).toList();
    }

    @Override
    public List<String> find(InstrumentContext context, DataSubject subject) {
        List<String> ids = new ArrayList<>();
        for (StoredRecord<Volunteer> v : about(context, subject)) {
            ids.add(v.id());
            context.records().listAll(VolunteerService.ALLOWANCE, Booking.class).stream()
                    .filter(b -> b.value().volunteerId().equals(v.id())).forEach(b -> ids.add(b.id()));
            context.records().listAll(VolunteerService.ROLE, be.buurtwijzer.plugins.volunteers.domain.Role.class).stream()
                    .filter(r -> r.value().volunteerIds().contains(v.id())).forEach(r -> ids.add(r.id()));
            occasions(context, v.id()).forEach(o -> ids.add(o.id()));
        }
        approvedBy(context, subject).forEach(p -> ids.add(p.id()));
        return ids;
    }

    @Override
    public Object export(InstrumentContext context, DataSubject subject) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (StoredRecord<Volunteer> r : about(context, subject)) {
            Volunteer v = r.value();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", v.name());
            entry.put("email", v.email() == null ? "" : v.email());
            entry.put("phone", v.phone() == null ? "" : v.phone());
            entry.put("start", String.valueOf(v.start()));
            entry.put("end", v.end() == null ? "" : v.end().toString());
            entry.put("skills", String.join(", ", v.skills()));
            entry.put("languages", String.join(", ", v.languages()));
            entry.put("trainings", v.trainings().stream().map(t -> t.name() + " (" + t.date() + ")").toList());
            entry.put("agreements", v.agreements().stream().map(a -> "versie " + a.policyVersion() + " (" + a.date() + ")")
                    .toList());
            entry.put("tasks", context.records().listAll(VolunteerService.ROLE,
                    be.buurtwijzer.plugins.volunteers.domain.Role.class).stream()
                    .filter(role -> role.value().volunteerIds().contains(r.id())).map(role -> role.value().name()).toList());
            entry.put("allowances", context.records().listAll(VolunteerService.ALLOWANCE, Booking.class).stream()
                    .filter(b -> b.value().volunteerId().equals(r.id()))
                    .map(b -> Map.of("date", b.value().date().toString(), "type", context.text(b.value().type().label()),
                            "amount", Money.euro(b.value().amount()))).toList());
            entry.put("occasions", occasions(context, r.id()).stream().map(o -> Map.of("date",
                    o.value().date().toString(), "hours", o.value().hours() == null ? "" : o.value().hours().toPlainString()))
                    .toList());
            found.add(entry);
        }
        approvedBy(context, subject).forEach(p -> found.add(Map.of("approvedPolicyVersion", p.value().version())));
        return found;
    }

    @Override
    public int erase(InstrumentContext context, DataSubject subject) {
        int changed = 0;
        for (StoredRecord<Volunteer> r : about(context, subject)) {
            changed += anonymise(context, r);
            for (StoredRecord<Booking> b : context.records().listAll(VolunteerService.ALLOWANCE, Booking.class)) {
                Booking booking = b.value();
                if (booking.volunteerId().equals(r.id()) && booking.description() != null) {
                    context.records().update(VolunteerService.ALLOWANCE, b.id(), b.version(), new Booking(
                            booking.volunteerId(), booking.date(), booking.type(), booking.amount(), booking.km(),
                            Redaction.redact(Redaction.redact(booking.description(), r.value().name()),
                                    subject.name())));
                    changed++;
                }
            }
        }
        for (StoredRecord<Policy> p : approvedBy(context, subject)) {
            Policy policy = p.value();
            context.records().update(VolunteerService.POLICY, p.id(), p.version(), new Policy(policy.version(),
                    policy.answers(), policy.approvedAt(), Redaction.ERASED));
            changed++;
        }
        return changed;
    }

    /**
     * A volunteer who left longer ago than the retention is anonymised (the record stays, so that the allowances
     * keep adding up per volunteer); other kinds expire as the platform does it, by their last change.
     */
    @Override
    public int expire(InstrumentContext context, String kind, Instant limit) {
        if (!VolunteerService.VOLUNTEER.equals(kind)) {
            return -1;
        }
        LocalDate before = limit.atZone(ZoneOffset.UTC).toLocalDate();
        int changed = 0;
        for (StoredRecord<Volunteer> r : context.records().listAll(VolunteerService.VOLUNTEER, Volunteer.class)) {
            Volunteer v = r.value();
            if (v.end() != null && v.end().isBefore(before) && !v.name().startsWith(ERASED)) {
                changed += anonymise(context, r);
            }
        }
        return changed;
    }

    private static int anonymise(InstrumentContext context, StoredRecord<Volunteer> r) {
        Volunteer v = r.value();
        context.records().update(VolunteerService.VOLUNTEER, r.id(), r.version(), new Volunteer(ERASED + " "
                + r.id().substring(0, Math.min(8, r.id().length())), null, null, null, List.of(), v.start(), v.end(),
                List.of(), List.of(), List.of(), List.of(), v.increasedCap(), v.elsewhere(), null, null, null));
        return 1;
    }
}
