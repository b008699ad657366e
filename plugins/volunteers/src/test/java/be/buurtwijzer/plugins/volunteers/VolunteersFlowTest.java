package be.buurtwijzer.plugins.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.privacy.DataSubject;
import be.buurtwijzer.plugin.testkit.TestInstrumentContext;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingInput;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingResult;
import be.buurtwijzer.plugins.volunteers.Payloads.PolicyDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.VolunteerDetails;
import be.buurtwijzer.plugins.volunteers.domain.AllowanceType;
import be.buurtwijzer.plugins.volunteers.domain.PolicyTemplate;
import be.buurtwijzer.plugins.volunteers.domain.Volunteer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The instrument's operations, exports and privacy calls on an in-memory municipality. */
class VolunteersFlowTest {

    private static final Clock NOVEMBER_2025 = Clock.fixed(Instant.parse("2025-11-12T10:00:00Z"),
            ZoneId.of("Europe/Brussels"));

    private static TestInstrumentContext context(MemberRole role) {
        return TestInstrumentContext.of(new VolunteersInstrument()).role(role).clock(NOVEMBER_2025).build();
    }

    private static Volunteer volunteer(String name, String email) {
        return new Volunteer(name, email, "+32 470 00 00 00", null, List.of(), LocalDate.parse("2025-01-06"), null,
                List.of("koken"), List.of("Nederlands"), List.of(), List.of(), false, List.of(), null, null, null);
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new HashMap<>();
        PolicyTemplate.questions().forEach(q -> answers.put(q.id(), "Ons antwoord op " + q.id() + "."));
        return answers;
    }

    @Test
    void aPolicyIsWrittenApprovedFrozenAndGivenAsTheOrganisationNote() throws Exception {
        TestInstrumentContext admin = context(MemberRole.TENANT_ADMIN);
        PolicyDetails draft = (PolicyDetails) admin.call("save-policy", new Payloads.PolicyAnswers(Map.of("coaching.who",
                "De buurtwerker"), null));
        assertEquals(1, draft.version());
        assertEquals(PolicyTemplate.questions().size() - 1, draft.open().size());
        InstrumentException open = assertThrows(InstrumentException.class,
                () -> admin.call("approve-policy", new Payloads.Approval(1)));
        assertEquals("answers", open.field());
        draft = (PolicyDetails) admin.call("save-policy", new Payloads.PolicyAnswers(answers(), draft.recordVersion()));
        assertTrue(draft.open().isEmpty());
        PolicyDetails approved = (PolicyDetails) admin.call("approve-policy", new Payloads.Approval(1));
        assertTrue(approved.approved());
        assertEquals(1, approved.approvedVersion());
        PolicyDetails next = (PolicyDetails) admin.call("save-policy", new Payloads.PolicyAnswers(answers(), null));
        assertEquals(2, next.version(), "an approved version stays; a change starts the next one");
        assertEquals(1, next.approvedVersion());

        var coordinator = context(MemberRole.COORDINATOR);
        assertThrows(SecurityException.class, () -> coordinator.call("approve-policy", new Payloads.Approval(2)),
                "only the tenant administrator approves");

        byte[] docx = new OrganisationNote(admin).docx();
        String document = "";
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(document.contains("Organisatienota voor vrijwilligers") && document.contains("Stad Stederen"), document);
        assertTrue(document.contains("Ons antwoord op note.insurance."));
        assertTrue(new String(new OrganisationNote(admin).pdf(), 0, 4, StandardCharsets.US_ASCII).equals("%PDF"));
    }

    @Test
    void allowancesAreBookedUntilTheCapStopsThemAndTheListHoldsThem() {
        TestInstrumentContext coordinator = context(MemberRole.COORDINATOR);
        VolunteerDetails an = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(null, null,
                volunteer("An Peeters", "an@voorbeeld.be"), null));
        LocalDate day = LocalDate.parse("2025-01-06");
        BookingResult last = null;
        int booked = 0;
        InstrumentException stopped = null;
        while (stopped == null) {
            try {
                last = (BookingResult) coordinator.call("book-allowance", new BookingInput(an.id(), day,
                        AllowanceType.FLAT_RATE, new BigDecimal("42.31"), null, null));
                booked++;
                day = day.plusDays(1);
            } catch (InstrumentException e) {
                stopped = e;
            }
        }
        assertEquals(40, booked, "40 × 42.31 = 1692.40 fits, the 41st does not");
        assertEquals("WARNED", last.outcome());
        assertEquals(new BigDecimal("0.11"), last.roomThisYear());
        assertEquals("amount", stopped.field());
        assertTrue(stopped.getMessage().contains("jaarplafond"), stopped.getMessage());
        InstrumentException noCaps = assertThrows(InstrumentException.class, () -> coordinator.call("book-allowance",
                new BookingInput(an.id(), LocalDate.parse("2031-01-02"), AllowanceType.FLAT_RATE, BigDecimal.ONE, null,
                        null)));
        assertEquals("date", noCaps.field());

        String csv = new String(new AllowanceList(coordinator, 2025).csv(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFVrijwilliger;Datum;"), csv.substring(0, 40));
        assertTrue(csv.contains("An Peeters;06/01/2025;forfaitaire onkostenvergoeding;42,31"), csv.substring(0, 200));
        assertTrue(csv.contains("1692,40"), "the yearly summary");
        Payloads.Summary summary = (Payloads.Summary) coordinator.as(MemberRole.PARTNER).call("summary",
                new Payloads.Nothing());
        assertEquals(1, summary.nearlyAtCap());
        assertEquals(1, summary.activeVolunteers());
        assertThrows(SecurityException.class, () -> coordinator.as(MemberRole.PARTNER).call("volunteers",
                new Payloads.Nothing()),
                "a partner sees counts, not people");
    }

    @Test
    void anErasedVolunteerLeavesAnonymisedBookkeepingAndALeaverExpires() {
        TestInstrumentContext coordinator = context(MemberRole.COORDINATOR);
        VolunteerDetails an = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(null, null,
                volunteer("An Peeters", "an@voorbeeld.be"), null));
        coordinator.call("book-allowance", new BookingInput(an.id(), LocalDate.parse("2025-03-01"),
                AllowanceType.REAL_COSTS, new BigDecimal("12.50"), null, "Treinticket voor An Peeters"));
        var privacy = new VolunteersInstrument().privacy();
        DataSubject subject = new DataSubject(null, null, "AN@voorbeeld.be", null);
        assertEquals(2, privacy.find(coordinator, subject).size(), "the volunteer and the booking");
        assertTrue(privacy.export(coordinator, subject).toString().contains("€ 12,50"));
        assertTrue(privacy.erase(coordinator, subject) >= 2);
        String stored = coordinator.store().json(an.id());
        assertFalse(stored.contains("Peeters") || stored.contains("an@voorbeeld.be") || stored.contains("+32"), stored);
        assertEquals(List.of(), privacy.find(coordinator, new DataSubject(null, null, null, "An Peeters")));
        assertEquals(1, coordinator.store().count("allowance"), "the bookkeeping stays");
        assertFalse(coordinator.records().listAll("allowance", be.buurtwijzer.plugins.volunteers.domain.Booking.class)
                .get(0).value().description().contains("An Peeters"), "its description is redacted");

        VolunteerDetails left = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(null, null,
                new Volunteer("Bart Gestopt", null, null, null, List.of(), LocalDate.parse("2020-01-01"),
                        LocalDate.parse("2022-06-30"), List.of(), List.of(), List.of(), List.of(), false, List.of(), null,
                        null, null), null));
        VolunteerDetails stays = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(null, null,
                volunteer("Cas Blijft", null), null));
        assertEquals(1, privacy.expire(coordinator, "volunteer", Instant.parse("2023-11-12T00:00:00Z")));
        assertTrue(coordinator.store().json(left.id()).contains("Vrijwilliger (gewist)"));
        assertTrue(coordinator.store().json(stays.id()).contains("Cas Blijft"), "an active volunteer never expires");
        assertEquals(-1, privacy.expire(coordinator, "allowance", Instant.now()), "bookkeeping: by its last change");
        assertNull(new VolunteersInstrument().recordKinds().get(0).personalData().retention());
    }

    @Test
    void theReachFieldsAreKeptOnlyWithTheVolunteersConsentAndGoWithItsWithdrawal() {
        TestInstrumentContext coordinator = context(MemberRole.COORDINATOR);
        Volunteer withAge = new Volunteer("Fatima El Idrissi", null, null, null, List.of(), LocalDate.parse("2025-02-10"),
                null, List.of(), List.of("Arabisch"), List.of(), List.of(), false, List.of(), Volunteer.AgeBand.FROM_25_TO_44,
                2024, null);
        InstrumentException refused = assertThrows(InstrumentException.class, () -> coordinator.call("save-volunteer",
                new Payloads.VolunteerInput(null, null, withAge, null)));
        assertEquals("volunteer.ageBand", refused.field());
        assertEquals(0, coordinator.store().count("volunteer"), "nothing stored");
        VolunteerDetails saved = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(null, null,
                withAge, true));
        assertTrue(saved.reachConsent());
        assertEquals(1, coordinator.recordedConsents().size());
        assertTrue(coordinator.recordedConsents().get(0).wording().startsWith("Ik geef de gemeente toestemming"));
        assertEquals("1", coordinator.recordedConsents().get(0).wordingVersion());
        VolunteerDetails changed = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(saved.id(),
                saved.version(), withAge, null));
        assertEquals(Volunteer.AgeBand.FROM_25_TO_44, changed.volunteer().ageBand(), "consent stands: no need to ask again");
        VolunteerDetails withdrawn = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(
                saved.id(), changed.version(), withAge, false));
        assertFalse(withdrawn.reachConsent());
        assertNull(withdrawn.volunteer().ageBand(), "the fields go with the consent");
        assertNull(withdrawn.volunteer().newInNeighbourhoodSince());
        assertEquals(1, coordinator.recordedConsents().size(), "the withdrawn consent stays as proof");
    }

    @Test
    void occasionsAreRegisteredOnlyWhereTheMunicipalityChoseToAndGoWithTheVolunteersData() {
        TestInstrumentContext coordinator = context(MemberRole.COORDINATOR);
        VolunteerDetails jef = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(null, null,
                volunteer("Jef Van Rompaey", "jef@voorbeeld.be"), null));
        Payloads.RoleDetails shopping = (Payloads.RoleDetails) coordinator.call("save-role", new Payloads.RoleInput(null, null,
                new be.buurtwijzer.plugins.volunteers.domain.Role("Boodschappen doen", null, null, "Naar de buurtwerker",
                        null, List.of(jef.id()))));
        var once = new be.buurtwijzer.plugins.volunteers.domain.Occasion(shopping.id(), jef.id(),
                LocalDate.parse("2025-11-10"), new BigDecimal("1.5"));
        InstrumentException off = assertThrows(InstrumentException.class, () -> coordinator.call("record-occasion", once));
        assertEquals(InstrumentException.Kind.CONFLICT, off.kind());
        assertTrue(off.getMessage().contains("registreert geen inzetmomenten"), off.getMessage());
        assertEquals(0, coordinator.store().count("occasion"));
        assertFalse(((Payloads.PreferencesDetails) coordinator.call("preferences", new Payloads.Nothing())).preferences()
                .registerOccasions(), "off unless a municipality switches it on");

        coordinator.call("save-preferences", new Payloads.PreferencesInput(
                new be.buurtwijzer.plugins.volunteers.domain.Preferences(true), null));
        coordinator.call("record-occasion", once);
        coordinator.call("record-occasion", new be.buurtwijzer.plugins.volunteers.domain.Occasion(shopping.id(), jef.id(),
                LocalDate.parse("2025-11-11"), null));
        InstrumentException future = assertThrows(InstrumentException.class, () -> coordinator.call("record-occasion",
                new be.buurtwijzer.plugins.volunteers.domain.Occasion(shopping.id(), jef.id(), LocalDate.parse("2025-11-13"),
                        null)));
        assertEquals("date", future.field());
        Payloads.Occasions year = (Payloads.Occasions) coordinator.call("occasions", new Payloads.YearRequest(2025, null));
        assertEquals(new Payloads.TaskYearDetails(shopping.id(), "Boodschappen doen", 2, new BigDecimal("1.50"), 1),
                year.tasks().get(0));
        assertEquals("Jef Van Rompaey", year.occasions().get(0).volunteer());

        TestInstrumentContext partner = coordinator.as(MemberRole.PARTNER);
        assertThrows(RuntimeException.class, () -> partner.call("occasions", new Payloads.YearRequest(2025, null)));
        assertThrows(RuntimeException.class, () -> partner.call("record-occasion", once));

        var privacy = new VolunteersInstrument().privacy();
        DataSubject subject = new DataSubject(null, null, null, "Jef Van Rompaey");
        assertEquals(4, privacy.find(coordinator, subject).size(), "the volunteer, the task, two occasions");
        assertTrue(privacy.export(coordinator, subject).toString().contains("2025-11-10"));
        assertTrue(coordinator.call("remove-occasion", new Payloads.RemoveOccasion(year.occasions().get(0).id()))
                instanceof Boolean);
        assertEquals(1, coordinator.store().count("occasion"));
    }

    @Test
    void theVolunteersOfANeighbourhoodStandBesideItsResidents() {
        var register = new be.buurtwijzer.plugin.testkit.InMemoryRegister();
        String station = register.neighbourhood("Stationswijk", "WIJK");
        TestInstrumentContext coordinator = TestInstrumentContext.of(new VolunteersInstrument())
                .role(MemberRole.COORDINATOR).clock(NOVEMBER_2025).register(register).build();
        for (String name : List.of("Maria", "Jos", "Rita")) {
            coordinator.call("save-volunteer", new Payloads.VolunteerInput(null, null, new Volunteer(name, null, null,
                    station, List.of(), LocalDate.parse("2024-01-01"), null, List.of(), List.of(), List.of(), List.of(),
                    false, List.of(), Volunteer.AgeBand.FROM_65_TO_79, null, null), true));
        }
        var residents = new java.util.EnumMap<Volunteer.AgeBand, Integer>(Volunteer.AgeBand.class);
        residents.put(Volunteer.AgeBand.UNDER_25, 400);
        residents.put(Volunteer.AgeBand.FROM_25_TO_44, 500);
        residents.put(Volunteer.AgeBand.FROM_65_TO_79, 100);
        InstrumentException unknown = assertThrows(InstrumentException.class, () -> coordinator.call(
                "save-neighbourhood-profile", new Payloads.ProfileInput(new be.buurtwijzer.plugins.volunteers.domain
                        .NeighbourhoodProfile("elders", residents, null, "Bevolkingsregister", LocalDate.parse("2025-01-01")),
                        null)));
        assertEquals("profile.neighbourhoodId", unknown.field());
        coordinator.call("save-neighbourhood-profile", new Payloads.ProfileInput(new be.buurtwijzer.plugins.volunteers
                .domain.NeighbourhoodProfile(station, residents, null, "Bevolkingsregister", LocalDate.parse("2025-01-01")),
                null));
        @SuppressWarnings("unchecked")
        List<Payloads.ComparisonDetails> seen = (List<Payloads.ComparisonDetails>) coordinator.as(MemberRole.PARTNER)
                .call("reach-comparison", new Payloads.Nothing());
        assertEquals("Stationswijk", seen.get(0).neighbourhood());
        assertTrue(seen.get(0).comparison().bands().get(0).underrepresented(), "nobody under 25 among the volunteers");
        assertFalse(seen.toString().contains("Maria"), "a partner sees counts, never people");
    }

    @Test
    void theHomePageHearsOfAnUninsuredTaskOnceAndOnlyThoseWhoSeeTheVolunteersDo() {
        TestInstrumentContext coordinator = context(MemberRole.COORDINATOR);
        VolunteerDetails jef = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(null, null,
                volunteer("Jef Van Rompaey", "jef@voorbeeld.be"), null));
        VolunteerDetails an = (VolunteerDetails) coordinator.call("save-volunteer", new Payloads.VolunteerInput(null, null,
                volunteer("An Peeters", "an@voorbeeld.be"), null));
        coordinator.call("save-role", new Payloads.RoleInput(null, null, new be.buurtwijzer.plugins.volunteers.domain.Role(
                "Vervoer naar de dokter", null, null, "Naar de buurtwerker",
                java.util.Set.of(be.buurtwijzer.plugins.volunteers.domain.Cover.BODILY_INJURY),
                List.of(jef.id(), an.id()))));

        var spec = new VolunteersInstrument().attention();
        List<String> asked = spec.finder().find(coordinator).stream().map(a -> a.message().nl()).toList();
        assertEquals(List.of("De verzekering dekt geen lichamelijke schade voor de taak 'Vervoer naar de dokter'."),
                asked, "one line for the task, not one per volunteer");
        assertEquals(VolunteersInstrument.PEOPLE, spec.permission(), "the tasks and insurance are not the partners'");
        assertFalse(new VolunteersInstrument().descriptor().permissions().stream()
                .filter(p -> p.id().equals(VolunteersInstrument.PEOPLE)).findFirst().orElseThrow().defaultRoles()
                .contains(MemberRole.PARTNER));
    }
}
