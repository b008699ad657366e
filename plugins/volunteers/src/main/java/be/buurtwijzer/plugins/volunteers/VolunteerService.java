package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugins.support.Plural;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.StoredRecord;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingInput;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingResult;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.OpenQuestion;
import be.buurtwijzer.plugins.volunteers.Payloads.PolicyDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.VolunteerDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.YearSummary;
import be.buurtwijzer.plugins.volunteers.domain.AllowanceDecision;
import be.buurtwijzer.plugins.volunteers.domain.AllowanceRules;
import be.buurtwijzer.plugins.volunteers.domain.AllowanceType;
import be.buurtwijzer.plugins.volunteers.domain.Booking;
import be.buurtwijzer.plugins.volunteers.domain.CapTable;
import be.buurtwijzer.plugins.volunteers.domain.CapYear;
import be.buurtwijzer.plugins.volunteers.domain.Money;
import be.buurtwijzer.plugins.volunteers.domain.Policy;
import be.buurtwijzer.plugins.volunteers.domain.PolicyRules;
import be.buurtwijzer.plugins.volunteers.domain.PolicyTemplate;
import be.buurtwijzer.plugins.volunteers.domain.Volunteer;
import be.buurtwijzer.plugins.volunteers.domain.VolunteerRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The volunteer policy instrument's work on one municipality's records, for its operations, views and exports. */
final class VolunteerService {

    static final String POLICY = "policy";
    static final String VOLUNTEER = "volunteer";
    static final String ALLOWANCE = "allowance";
    static final String ROLE = "role";
    static final String INSURANCE = "insurance";

    private static final CapTable SHIPPED = CapTable.shipped();

    private final InstrumentContext context;

    VolunteerService(InstrumentContext context) {
        this.context = context;
    }

    /** The shipped years, with those a platform administrator added or corrected winning. */
    CapTable caps() {
        return context.setting(VolunteersInstrument.CAPS_SETTING).map(json -> {
            try {
                return SHIPPED.with(CapTable.parse(json));
            } catch (IllegalArgumentException unreadable) {
                context.logger().warning("the configured allowance caps are not readable: " + unreadable.getMessage());
                return SHIPPED;
            }
        }).orElse(SHIPPED);
    }

    // --- the policy

    List<StoredRecord<Policy>> versions() {
        return context.records().listAll(POLICY, Policy.class).stream()
                .sorted(Comparator.comparingInt((StoredRecord<Policy> r) -> r.value().version()).reversed()).toList();
    }

    Optional<StoredRecord<Policy>> latest() {
        return versions().stream().findFirst();
    }

    Optional<Policy> latestApproved() {
        return versions().stream().map(StoredRecord::value).filter(Policy::approved).findFirst();
    }

    PolicyDetails policy(Integer version) {
        List<StoredRecord<Policy>> all = versions();
        StoredRecord<Policy> shown = version == null ? all.stream().findFirst().orElse(null)
                : all.stream().filter(r -> r.value().version() == version).findFirst()
                        .orElseThrow(() -> new InstrumentException(InstrumentException.Kind.NOT_FOUND, "there is no version " + version, "version"));
        Integer approved = all.stream().map(StoredRecord::value).filter(Policy::approved).map(Policy::version).findFirst()
                .orElse(null);
        List<Integer> numbers = all.stream().map(r -> r.value().version()).toList();
        if (shown == null) {
            Policy empty = PolicyRules.edited(null, Map.of());
            return new PolicyDetails(null, null, empty.version(), false, null, null, Map.of(), open(empty), numbers, null);
        }
        Policy p = shown.value();
        return new PolicyDetails(shown.id(), shown.version(), p.version(), p.approved(), p.approvedAt(), p.approvedBy(),
                p.answers(), open(p), numbers, approved);
    }

    private List<OpenQuestion> open(Policy policy) {
        return PolicyRules.open(policy).stream().map(q -> new OpenQuestion(q.id(), context.text(PolicyTemplate.SECTIONS
                .stream().filter(s -> s.questions().contains(q)).findFirst().orElseThrow().title()), context.text(q.text())))
                .toList();
    }

    PolicyDetails saveAnswers(Map<String, String> answers, Long recordVersion) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        String problem = PolicyRules.problem(given);
        if (problem != null) {
            throw InstrumentException.invalid(problem.substring(0, problem.indexOf(':')), problem);
        }
        Optional<StoredRecord<Policy>> latest = latest();
        Policy edited = PolicyRules.edited(latest.map(StoredRecord::value).orElse(null), given);
        if (latest.isPresent() && !latest.get().value().approved()) {
            long expected = recordVersion == null ? latest.get().version() : recordVersion;
            context.records().update(POLICY, latest.get().id(), expected, edited);
        } else {
            context.records().create(POLICY, edited);
        }
        return policy(null);
    }

    PolicyDetails approve(int version) {
        StoredRecord<Policy> draft = versions().stream().filter(r -> r.value().version() == version).findFirst()
                .orElseThrow(() -> new InstrumentException(InstrumentException.Kind.NOT_FOUND, "there is no version " + version, "version"));
        if (draft.value().approved()) {
            throw new InstrumentException(InstrumentException.Kind.CONFLICT, context.text(new be.buurtwijzer.plugin.api
                    .Text("Versie " + version + " is al goedgekeurd en ligt vast.", "Version " + version
                    + " is approved already and frozen.")), "version");
        }
        List<OpenQuestion> open = open(draft.value());
        if (!open.isEmpty()) {
            throw InstrumentException.invalid("answers", context.text(new be.buurtwijzer.plugin.api.Text(
                    new java.text.MessageFormat("{0,choice,1#Er staat nog één vraag open|1<Er staan nog {0} vragen open}",
                            java.util.Locale.forLanguageTag("nl-BE")).format(new Object[] {open.size()})
                            + ", bijvoorbeeld: " + open.get(0).question(),
                    new java.text.MessageFormat("{0,choice,1#One question is still open|1<{0} questions are still open}",
                            java.util.Locale.ENGLISH).format(new Object[] {open.size()}) + ", for example: "
                            + open.get(0).question())));
        }
        context.records().update(POLICY, draft.id(), draft.version(), PolicyRules.approve(draft.value(),
                context.clock().instant(), context.user().displayName()));
        return policy(version);
    }

    // --- volunteers

    List<StoredRecord<Volunteer>> volunteers() {
        return context.records().listAll(VOLUNTEER, Volunteer.class).stream()
                .sorted(Comparator.comparing(r -> r.value().name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** The purpose the reach fields are kept for, with the volunteer's consent. */
    static final String REACH = "reach-fields";
    static final String REACH_WORDING_VERSION = "1";
    static final be.buurtwijzer.plugin.api.Text REACH_WORDING = new be.buurtwijzer.plugin.api.Text(
            "Ik geef de gemeente toestemming om mijn leeftijdsgroep en het jaar waarin ik in de buurt kwam wonen bij te "
                    + "houden, alleen om te zien of de groep vrijwilligers open blijft voor nieuwe en andere buren. Ik kan "
                    + "dat altijd intrekken.", "I allow the municipality to keep my age band and the year I came to live "
                    + "in the neighbourhood, only to see whether the group of volunteers stays open to new and other "
                    + "neighbours. I can withdraw this at any time.");

    private static be.buurtwijzer.plugin.api.privacy.DataSubject subject(Volunteer v) {
        return new be.buurtwijzer.plugin.api.privacy.DataSubject(null, null, v.email() == null || v.email().isBlank()
                ? null : v.email(), v.name());
    }

    VolunteerDetails view(StoredRecord<Volunteer> r) {
        return new VolunteerDetails(r.id(), r.version(), r.value(), r.value().activeOn(LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels")))),
                context.consents().isGiven(REACH, subject(r.value())));
    }

    private static Volunteer withoutReach(Volunteer v) {
        return new Volunteer(v.name(), v.email(), v.phone(), v.neighbourhoodId(), v.initiativeIds(), v.start(), v.end(),
                v.skills(), v.languages(), v.agreements(), v.trainings(), v.increasedCap(), v.elsewhere(), null, null,
                v.note());
    }

    /** The reach fields only with consent: recorded, withdrawn (the fields go with it) or required. */
    private Volunteer consented(Volunteer v, Boolean consent) {
        var consents = context.consents();
        var subject = subject(v);
        if (Boolean.FALSE.equals(consent)) {
            consents.withdraw(REACH, subject);
            return withoutReach(v);
        }
        boolean reach = v.ageBand() != null || v.newInNeighbourhoodSince() != null;
        if (Boolean.TRUE.equals(consent) && !consents.isGiven(REACH, subject)) {
            consents.give(REACH, subject, REACH_WORDING.nl(), REACH_WORDING_VERSION);
        } else if (reach && !consents.isGiven(REACH, subject)) {
            throw InstrumentException.invalid(v.ageBand() != null ? "volunteer.ageBand" : "volunteer.newInNeighbourhoodSince",
                    context.text(new be.buurtwijzer.plugin.api.Text("De leeftijdsgroep en het verhuisjaar worden alleen "
                            + "bijgehouden met de toestemming van de vrijwilliger.", "The age band and the year of moving "
                            + "in are kept only with the volunteer's consent.")));
        }
        return v;
    }

    VolunteerDetails save(Payloads.VolunteerInput input) {
        if (input == null || input.volunteer() == null) {
            throw InstrumentException.invalid("volunteer", "is required");
        }
        Volunteer v = input.volunteer();
        checked(v);
        v = consented(v, input.reachConsent());
        if (input.id() == null) {
            return view(context.records().create(VOLUNTEER, v));
        }
        if (input.version() == null) {
            throw InstrumentException.invalid("version", "is required to change a volunteer: send the version you read");
        }
        volunteer(input.id());
        return view(context.records().update(VOLUNTEER, input.id(), input.version(), v));
    }

    static void checked(Volunteer v) {
        String problem = VolunteerRules.problem(v);
        if (problem != null) {
            throw InstrumentException.invalid("volunteer." + problem.substring(0, problem.indexOf(':')), problem);
        }
    }

    StoredRecord<Volunteer> volunteer(String id) {
        return context.records().find(VOLUNTEER, id, Volunteer.class)
                .orElseThrow(() -> new InstrumentException(InstrumentException.Kind.NOT_FOUND, "there is no volunteer " + id, "volunteerId"));
    }

    // --- allowances

    List<StoredRecord<Booking>> bookings() {
        return context.records().listAll(ALLOWANCE, Booking.class);
    }

    BookingResult book(BookingInput input) {
        if (input == null || input.volunteerId() == null) {
            throw InstrumentException.invalid("volunteerId", "is required");
        }
        if (input.date() == null) {
            throw InstrumentException.invalid("date", "is required");
        }
        if (input.type() == null) {
            throw InstrumentException.invalid("type", "is required: FLAT_RATE, REAL_COSTS or REAL_TRANSPORT");
        }
        if (input.description() != null && input.description().length() > 500) {
            throw InstrumentException.invalid("description", "is longer than 500 characters");
        }
        StoredRecord<Volunteer> volunteer = volunteer(input.volunteerId());
        Booking booking = new Booking(input.volunteerId(), input.date(), input.type(),
                input.amount() == null ? null : Money.cents(input.amount()),
                input.type() == AllowanceType.REAL_TRANSPORT ? input.km() : null, input.description());
        int year = input.date().getYear();
        List<Booking> ofVolunteer = bookings().stream().map(StoredRecord::value)
                .filter(b -> b.volunteerId().equals(input.volunteerId()) && b.date().getYear() == year).toList();
        AllowanceDecision decision = AllowanceRules.decide(booking, caps().year(year).orElse(null),
                volunteer.value().increasedCap(), ofVolunteer, volunteer.value().elsewhereIn(year));
        if (decision.refused()) {
            throw InstrumentException.invalid(decision.field(), context.text(decision.message()));
        }
        StoredRecord<Booking> stored = context.records().create(ALLOWANCE, booking);
        return new BookingResult(stored.id(), decision.outcome().name(),
                decision.message() == null ? null : context.text(decision.message()), decision.roomToday(),
                decision.roomThisYear(), decision.kmLeftThisYear());
    }

    Payloads.Allowances allowances(int year, String volunteerId) {
        Map<String, Volunteer> people = new HashMap<>();
        volunteers().forEach(r -> people.put(r.id(), r.value()));
        // every booking of the year, read once: the list and each volunteer's summary come from it
        List<StoredRecord<Booking>> ofYear = bookings().stream().filter(r -> r.value().date().getYear() == year).toList();
        List<BookingDetails> list = ofYear.stream()
                .filter(r -> volunteerId == null || volunteerId.equals(r.value().volunteerId()))
                .map(r -> new BookingDetails(r.id(), r.value().volunteerId(), name(people.get(r.value().volunteerId())),
                        r.value().date(), r.value().type(), r.value().amount(), r.value().km(), r.value().description()))
                .sorted(Comparator.comparing(BookingDetails::date).thenComparing(BookingDetails::volunteer)).toList();
        CapYear caps = caps().year(year).orElse(null);
        List<YearSummary> summaries = people.entrySet().stream()
                .filter(e -> volunteerId == null || volunteerId.equals(e.getKey()))
                .filter(e -> list.stream().anyMatch(b -> b.volunteerId().equals(e.getKey())))
                .map(e -> summary(e.getKey(), e.getValue(), year, caps, ofYear.stream().map(StoredRecord::value)
                        .filter(b -> b.volunteerId().equals(e.getKey())).toList()))
                .sorted(Comparator.comparing(YearSummary::volunteer)).toList();
        return new Payloads.Allowances(year, caps != null, list, summaries);
    }

    private YearSummary summary(String id, Volunteer v, int year, CapYear caps, List<Booking> own) {
        BigDecimal flat = AllowanceRules.flat(own);
        BigDecimal real = own.stream().filter(b -> b.type() != AllowanceType.FLAT_RATE).map(Booking::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        int km = own.stream().filter(b -> b.km() != null).mapToInt(Booking::km).sum();
        BigDecimal elsewhere = Money.cents(v.elsewhereIn(year));
        BigDecimal cap = caps == null ? null : caps.yearCap(v.increasedCap());
        BigDecimal room = cap == null ? null : cap.subtract(flat).subtract(elsewhere);
        boolean nearly = cap != null && flat.signum() > 0 && room.compareTo(cap.multiply(new BigDecimal("0.10"))) <= 0;
        return new YearSummary(id, name(v), flat, real, km, elsewhere, cap, room, nearly);
    }

    static String name(Volunteer v) {
        return v == null ? "?" : v.name();
    }

    Payloads.Summary summary() {
        LocalDate today = LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels")));
        List<Volunteer> all = volunteers().stream().map(StoredRecord::value).toList();
        int nearly = (int) allowances(today.getYear(), null).volunteers().stream().filter(YearSummary::nearlyAtCap).count();
        PolicyDetails policy = policy(null);
        return new Payloads.Summary((int) all.stream().filter(v -> v.activeOn(today)).count(), all.size(),
                policy.approvedVersion(), policy.approved() ? 0 : policy.open().size(), nearly,
                (int) all.stream().filter(v -> v.start().getYear() == today.getYear()).count());
    }

    // --- engagements and insurance

    Optional<StoredRecord<be.buurtwijzer.plugins.volunteers.domain.Insurance>> insurance() {
        return context.records().listAll(INSURANCE, be.buurtwijzer.plugins.volunteers.domain.Insurance.class).stream()
                .findFirst();
    }

    Payloads.Engagements engagements() {
        Map<String, Volunteer> people = new HashMap<>();
        volunteers().forEach(r -> people.put(r.id(), r.value()));
        var insurance = insurance();
        List<StoredRecord<be.buurtwijzer.plugins.volunteers.domain.Role>> roles = context.records().listAll(ROLE,
                be.buurtwijzer.plugins.volunteers.domain.Role.class).stream()
                .sorted(Comparator.comparing(r -> r.value().name().toLowerCase(java.util.Locale.ROOT))).toList();
        List<Payloads.RoleDetails> views = roles.stream().map(r -> new Payloads.RoleDetails(r.id(), r.version(), r.value(),
                r.value().volunteerIds().stream().map(id -> name(people.get(id))).toList())).toList();
        List<Payloads.WarningDetails> warnings = be.buurtwijzer.plugins.volunteers.domain.EngagementRules.warnings(
                roles.stream().map(StoredRecord::value).toList(), insurance.map(StoredRecord::value).orElse(null), people,
                LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels")))).stream().map(w -> new Payloads.WarningDetails(w.role(),
                w.volunteerId() == null ? null : name(people.get(w.volunteerId())), warning(w))).toList();
        return new Payloads.Engagements(insurance.map(i -> new Payloads.InsuranceDetails(i.id(), i.version(), i.value()))
                .orElse(null), views, warnings);
    }

    private String warning(be.buurtwijzer.plugins.volunteers.domain.EngagementRules.Warning w) {
        return context.text(warningText(w));
    }

    /** The engagement warnings, for the home page (API 1.6). */
    List<be.buurtwijzer.plugin.api.Text> warningTexts() {
        Map<String, Volunteer> people = new HashMap<>();
        volunteers().forEach(r -> people.put(r.id(), r.value()));
        return be.buurtwijzer.plugins.volunteers.domain.EngagementRules.warnings(context.records().listAll(ROLE,
                        be.buurtwijzer.plugins.volunteers.domain.Role.class).stream().map(StoredRecord::value).toList(),
                insurance().map(StoredRecord::value).orElse(null), people,
                LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))))
                .stream().map(VolunteerService::warningText).toList();
    }

    static be.buurtwijzer.plugin.api.Text warningText(be.buurtwijzer.plugins.volunteers.domain.EngagementRules.Warning w) {
        if (w.noBoundary()) {
            return new be.buurtwijzer.plugin.api.Text("Bij de taak '" + w.role() + "' staat niet wat "
                    + "vrijwilligers doorverwijzen, en naar wie.", "The task '" + w.role() + "' does not say what "
                    + "volunteers refer on, and to whom.");
        }
        String nl = String.join(", ", w.missing().stream().sorted().map(c -> c.label().nl()).toList());
        String en = String.join(", ", w.missing().stream().sorted().map(c -> c.label().en()).toList());
        return new be.buurtwijzer.plugin.api.Text("De verzekering dekt geen " + nl + " voor de taak '"
                + w.role() + "'.", "The insurance does not cover " + en + " for the task '" + w.role() + "'.");
    }

    Payloads.InsuranceDetails saveInsurance(Payloads.InsuranceInput input) {
        if (input == null || input.insurance() == null) {
            throw InstrumentException.invalid("insurance", "is required");
        }
        var i = input.insurance();
        if (i.insurer() == null || i.insurer().isBlank() || i.insurer().length() > 200) {
            throw InstrumentException.invalid("insurance.insurer", "is required (200 characters at most)");
        }
        if (i.policyNumber() != null && i.policyNumber().length() > 100) {
            throw InstrumentException.invalid("insurance.policyNumber", "is longer than 100 characters");
        }
        var existing = insurance();
        StoredRecord<be.buurtwijzer.plugins.volunteers.domain.Insurance> stored = existing.isEmpty()
                ? context.records().create(INSURANCE, i)
                : context.records().update(INSURANCE, existing.get().id(), input.version() == null
                        ? existing.get().version() : input.version(), i);
        return new Payloads.InsuranceDetails(stored.id(), stored.version(), stored.value());
    }

    Payloads.RoleDetails saveRole(Payloads.RoleInput input) {
        if (input == null || input.role() == null) {
            throw InstrumentException.invalid("role", "is required");
        }
        String problem = be.buurtwijzer.plugins.volunteers.domain.EngagementRules.problem(input.role());
        if (problem != null) {
            throw InstrumentException.invalid("role." + problem.substring(0, problem.indexOf(':')), problem);
        }
        for (String id : input.role().volunteerIds()) {
            volunteer(id);
        }
        String initiativeId = input.role().initiativeId();
        if (initiativeId != null && context.register().initiatives().stream().noneMatch(i -> i.id().equals(initiativeId))) {
            throw InstrumentException.invalid("role.initiativeId", "is not an initiative of this municipality's register");
        }
        StoredRecord<be.buurtwijzer.plugins.volunteers.domain.Role> stored;
        if (input.id() == null) {
            stored = context.records().create(ROLE, input.role());
        } else {
            if (input.version() == null) {
                throw InstrumentException.invalid("version", "is required to change a task: send the version you read");
            }
            stored = context.records().update(ROLE, input.id(), input.version(), input.role());
        }
        return engagements().roles().stream().filter(r -> r.id().equals(stored.id())).findFirst().orElseThrow();
    }

    be.buurtwijzer.plugins.volunteers.domain.Reach reach() {
        return be.buurtwijzer.plugins.volunteers.domain.Reach.of(volunteers().stream().map(StoredRecord::value).toList(),
                LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))));
    }
}
