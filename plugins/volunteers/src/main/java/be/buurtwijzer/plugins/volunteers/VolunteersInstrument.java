package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.Attention;
import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.MemberRole;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PermissionSpec;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.privacy.PrivacyProvider;
import be.buurtwijzer.plugins.volunteers.Payloads.Allowances;
import be.buurtwijzer.plugins.volunteers.Payloads.Approval;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingInput;
import be.buurtwijzer.plugins.volunteers.Payloads.BookingResult;
import be.buurtwijzer.plugins.volunteers.Payloads.Nothing;
import be.buurtwijzer.plugins.volunteers.Payloads.PolicyAnswers;
import be.buurtwijzer.plugins.volunteers.Payloads.PolicyRequest;
import be.buurtwijzer.plugins.volunteers.Payloads.PolicyDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.Summary;
import be.buurtwijzer.plugins.volunteers.Payloads.VolunteerInput;
import be.buurtwijzer.plugins.volunteers.Payloads.VolunteerDetails;
import be.buurtwijzer.plugins.volunteers.Payloads.YearRequest;
import be.buurtwijzer.plugins.volunteers.domain.Booking;
import be.buurtwijzer.plugins.volunteers.domain.Policy;
import be.buurtwijzer.plugins.volunteers.domain.PolicyRules;
import be.buurtwijzer.plugins.volunteers.domain.Volunteer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The volunteer policy (vrijwilligersbeleid) as an instrument: the policy and its organisation note, the
 * volunteer register, and expense allowances within the legal caps. Partners see counts, never people.
 */
@Extension
public class VolunteersInstrument implements Instrument {

    static final String READ = "volunteers.read";
    static final String POLICY_WRITE = "volunteers.policy.write";
    static final String APPROVE = "volunteers.policy.approve";
    static final String PEOPLE = "volunteers.people";

    static final Text NAME = new Text("Vrijwilligersbeleid", "Volunteer policy");

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(NAME,
                new Text("Schrijf samen een duidelijk vrijwilligersbeleid en geef vrijwilligers de organisatienota; houd "
                        + "je vrijwilligers bij volgens de AVG en boek onkostenvergoedingen binnen de wettelijke plafonds.",
                        "Write a clear volunteer policy together and give volunteers the organisation note; keep your "
                                + "volunteers under the GDPR and book expense allowances within the legal caps."),
                "vaadin:handshake", "volunteers",
                List.of(new PermissionSpec(READ, new Text("Beleid en cijfers lezen", "Read the policy and the figures"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR, MemberRole.PARTNER)),
                        new PermissionSpec(POLICY_WRITE, new Text("Beleid schrijven", "Write the policy"),
                                Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR)),
                        new PermissionSpec(APPROVE, new Text("Beleid goedkeuren", "Approve the policy"),
                                Set.of(MemberRole.TENANT_ADMIN)),
                        new PermissionSpec(PEOPLE, new Text("Vrijwilligers en vergoedingen beheren",
                                "Manage volunteers and allowances"), Set.of(MemberRole.TENANT_ADMIN, MemberRole.COORDINATOR))),
                1);
    }

    @Override
    public List<RecordKind<?>> recordKinds() {
        return List.of(
                new RecordKind<>(VolunteerService.POLICY, Policy.class, READ, POLICY_WRITE, VolunteersInstrument::check)
                        .withPersonalData(VolunteersPrivacy.POLICY),
                new RecordKind<>(VolunteerService.VOLUNTEER, Volunteer.class, PEOPLE, PEOPLE,
                        (Volunteer v, InstrumentContext c) -> VolunteerService.checked(v))
                        .withPersonalData(VolunteersPrivacy.VOLUNTEER),
                new RecordKind<>(VolunteerService.ALLOWANCE, Booking.class, PEOPLE, PEOPLE, VolunteersInstrument::check)
                        .withPersonalData(VolunteersPrivacy.ALLOWANCE),
                new RecordKind<>(VolunteerService.ROLE, be.buurtwijzer.plugins.volunteers.domain.Role.class, PEOPLE, PEOPLE,
                        (be.buurtwijzer.plugins.volunteers.domain.Role r, InstrumentContext c) -> refuse("role",
                                be.buurtwijzer.plugins.volunteers.domain.EngagementRules.problem(r)))
                        .withPersonalData(VolunteersPrivacy.ROLE),
                new RecordKind<>(VolunteerService.INSURANCE, be.buurtwijzer.plugins.volunteers.domain.Insurance.class, READ,
                        PEOPLE, (be.buurtwijzer.plugins.volunteers.domain.Insurance i, InstrumentContext c) -> refuse(
                                "insurance", i.insurer() == null || i.insurer().isBlank() ? "insurer: is required" : null)).withPersonalData(be.buurtwijzer.plugin.api.privacy.PersonalData.none()),
                new RecordKind<>(OccasionService.PREFERENCES, be.buurtwijzer.plugins.volunteers.domain.Preferences.class,
                        READ, POLICY_WRITE).withPersonalData(be.buurtwijzer.plugin.api.privacy.PersonalData.none()),
                new RecordKind<>(OccasionService.OCCASION, be.buurtwijzer.plugins.volunteers.domain.Occasion.class, PEOPLE,
                        PEOPLE, (be.buurtwijzer.plugins.volunteers.domain.Occasion o, InstrumentContext c) -> refuse(null,
                                be.buurtwijzer.plugins.volunteers.domain.OccasionRules.problem(o, null,
                                        LocalDate.now(c.clock().withZone(java.time.ZoneId.of("Europe/Brussels")))))).withPersonalData(VolunteersPrivacy.OCCASION),
                new RecordKind<>(ReachService.PROFILE, be.buurtwijzer.plugins.volunteers.domain.NeighbourhoodProfile.class,
                        READ, POLICY_WRITE, (be.buurtwijzer.plugins.volunteers.domain.NeighbourhoodProfile p,
                                InstrumentContext c) -> refuse("profile",
                                be.buurtwijzer.plugins.volunteers.domain.NeighbourhoodProfile.problem(p))).withPersonalData(be.buurtwijzer.plugin.api.privacy.PersonalData.none()));
    }

    /** A stored document's problem ("field: what"), refused as invalid input on that field. */
    private static void refuse(String prefix, String problem) {
        if (problem != null) {
            String field = problem.substring(0, problem.indexOf(':'));
            throw InstrumentException.invalid(prefix == null ? field : prefix + "." + field, problem);
        }
    }

    private static void check(Policy policy, InstrumentContext context) {
        String problem = PolicyRules.problem(policy.answers());
        if (problem != null) {
            throw InstrumentException.invalid(problem.substring(0, problem.indexOf(':')), problem);
        }
    }

    private static void check(Booking booking, InstrumentContext context) {
        if (booking.volunteerId() == null || booking.date() == null || booking.type() == null || booking.amount() == null
                || booking.amount().signum() <= 0) {
            throw InstrumentException.invalid("amount", "an allowance needs a volunteer, a day, a type and an amount");
        }
    }

    static final String CAPS_SETTING = "allowance-caps";

    /** The legal caps of years the plugin does not ship, or corrected ones: a platform administrator adds them. */
    @Override
    public List<be.buurtwijzer.plugin.api.SettingSpec> settings() {
        return List.of(new be.buurtwijzer.plugin.api.SettingSpec(CAPS_SETTING,
                new Text("Wettelijke plafonds van vrijwilligersvergoedingen", "Legal caps of volunteer allowances"),
                new Text("Per kalenderjaar het dagplafond en het jaarplafond van de forfaitaire onkostenvergoeding, "
                        + "eventueel het verhoogde jaarplafond en het aantal kilometer reële vervoerskosten dat met het "
                        + "forfait combineert, met hun bron. Geldt boven de jaren die het instrument meebrengt (2023–2025).",
                        "Per calendar year the daily and yearly cap of the flat-rate allowance, optionally the increased "
                                + "yearly cap and the kilometres of real transport costs that combine with it, with their "
                                + "source. Comes on top of the years the instrument ships (2023–2025)."),
                "{\"years\": [{\"year\": 2026, \"perDay\": \"43.00\", \"perYear\": \"1720.00\", "
                        + "\"transportKmPerYear\": 2000, \"source\": \"Vlaams Steunpunt Vrijwilligerswerk\"}]}",
                json -> {
                    try {
                        be.buurtwijzer.plugins.volunteers.domain.CapTable.parse(json);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                }));
    }

    @Override
    public PrivacyProvider privacy() {
        return new VolunteersPrivacy();
    }

    @Override
    public List<OperationSpec<?, ?>> operations() {
        return List.of(
                new OperationSpec<>("policy", new Text("Beleid", "Policy"), PolicyRequest.class, PolicyDetails.class, READ,
                        (c, in) -> new VolunteerService(c).policy(in.version())),
                new OperationSpec<>("save-policy", new Text("Beleid bewaren", "Save the policy"), PolicyAnswers.class,
                        PolicyDetails.class, POLICY_WRITE, (c, in) -> new VolunteerService(c).saveAnswers(in.answers(),
                                in.recordVersion())),
                new OperationSpec<>("approve-policy", new Text("Beleid goedkeuren", "Approve the policy"), Approval.class,
                        PolicyDetails.class, APPROVE, (c, in) -> new VolunteerService(c).approve(in.version())),
                new OperationSpec<>("volunteers", new Text("Vrijwilligers", "Volunteers"), Nothing.class, List.class,
                        PEOPLE, (c, in) -> new VolunteerService(c).volunteers().stream()
                                .map(r -> new VolunteerService(c).view(r)).toList()),
                new OperationSpec<>("save-volunteer", new Text("Vrijwilliger bewaren", "Save a volunteer"),
                        VolunteerInput.class, VolunteerDetails.class, PEOPLE, (c, in) -> new VolunteerService(c).save(in)),
                new OperationSpec<>("book-allowance", new Text("Vergoeding boeken", "Book an allowance"),
                        BookingInput.class, BookingResult.class, PEOPLE, (c, in) -> new VolunteerService(c).book(in)),
                new OperationSpec<>("allowances", new Text("Vergoedingen van een jaar", "A year's allowances"),
                        YearRequest.class, Allowances.class, PEOPLE, (c, in) -> new VolunteerService(c).allowances(
                                year(c, in), in.volunteerId())),
                new OperationSpec<>("summary", new Text("Overzicht", "Summary"), Nothing.class, Summary.class, READ,
                        (c, in) -> new VolunteerService(c).summary()),
                new OperationSpec<>("engagements", new Text("Inzet en verzekering", "Tasks and insurance"), Nothing.class,
                        Payloads.Engagements.class, PEOPLE, (c, in) -> new VolunteerService(c).engagements()),
                new OperationSpec<>("save-role", new Text("Taak bewaren", "Save a task"), Payloads.RoleInput.class,
                        Payloads.RoleDetails.class, PEOPLE, (c, in) -> new VolunteerService(c).saveRole(in)),
                new OperationSpec<>("save-insurance", new Text("Verzekering bewaren", "Save the insurance"),
                        Payloads.InsuranceInput.class, Payloads.InsuranceDetails.class, PEOPLE,
                        (c, in) -> new VolunteerService(c).saveInsurance(in)),
                new OperationSpec<>("reach", new Text("Bereik van de groep", "Reach of the group"), Nothing.class,
                        be.buurtwijzer.plugins.volunteers.domain.Reach.class, READ, (c, in) -> new VolunteerService(c).reach()),
                new OperationSpec<>("reach-comparison", new Text("Vrijwilligers tegenover de buurt",
                        "Volunteers against the neighbourhood"), Nothing.class, List.class, READ,
                        (c, in) -> new ReachService(c).compare()),
                new OperationSpec<>("save-neighbourhood-profile", new Text("Bewoners van een buurt bewaren",
                        "Save a neighbourhood's residents"), Payloads.ProfileInput.class, Payloads.ProfileDetails.class,
                        POLICY_WRITE, (c, in) -> new ReachService(c).save(in)),
                new OperationSpec<>("preferences", new Text("Keuzes van de gemeente", "The municipality's choices"),
                        Nothing.class, Payloads.PreferencesDetails.class, READ, (c, in) -> new OccasionService(c).preferences()),
                new OperationSpec<>("save-preferences", new Text("Keuzes bewaren", "Save the choices"),
                        Payloads.PreferencesInput.class, Payloads.PreferencesDetails.class, POLICY_WRITE,
                        (c, in) -> new OccasionService(c).savePreferences(in)),
                new OperationSpec<>("record-occasion", new Text("Inzetmoment registreren", "Register an occasion"),
                        be.buurtwijzer.plugins.volunteers.domain.Occasion.class, Payloads.OccasionDetails.class, PEOPLE,
                        (c, in) -> new OccasionService(c).record(in)),
                new OperationSpec<>("remove-occasion", new Text("Inzetmoment schrappen", "Remove an occasion"),
                        Payloads.RemoveOccasion.class, Boolean.class, PEOPLE,
                        (c, in) -> new OccasionService(c).remove(in.id())),
                new OperationSpec<>("occasions", new Text("Inzetmomenten van een jaar", "A year's occasions"),
                        YearRequest.class, Payloads.Occasions.class, PEOPLE,
                        (c, in) -> new OccasionService(c).year(year(c, in))));
    }

    static int year(InstrumentContext context, YearRequest request) {
        return request == null || request.year() == null ? LocalDate.now(context.clock().withZone(java.time.ZoneId.of("Europe/Brussels"))).getYear() : request.year();
    }

    @Override
    public List<ExportSpec> exports() {
        return List.of(
                new ExportSpec("organisation-note-pdf", new Text("Organisatienota (PDF)", "Organisation note (PDF)"),
                        "application/pdf", "pdf", READ, (c, p) -> new OrganisationNote(c).pdf()),
                new ExportSpec("organisation-note-docx", new Text("Organisatienota (DOCX)", "Organisation note (DOCX)"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", READ,
                        (c, p) -> new OrganisationNote(c).docx()),
                new ExportSpec("allowances-csv", new Text("Nominatieve lijst (CSV)", "Nominative list (CSV)"),
                        "text/csv", "csv", PEOPLE, (c, p) -> new AllowanceList(c, AllowanceList.year(c, p)).csv()),
                new ExportSpec("allowances-pdf", new Text("Nominatieve lijst (PDF)", "Nominative list (PDF)"),
                        "application/pdf", "pdf", PEOPLE, (c, p) -> new AllowanceList(c, AllowanceList.year(c, p)).pdf()));
    }

    @Override
    public List<be.buurtwijzer.plugin.api.report.ReportFragmentSpec> reportFragments() {
        return VolunteerFragments.all();
    }

    @Override
    public Attention.Spec attention() {
        // the tasks and the insurance are on the page of those who may see the volunteers, not the partners'
        return new Attention.Spec(PEOPLE, context -> new VolunteerService(context).warningTexts().stream()
                .distinct().map(w -> new Attention(w, null)).toList());
    }
}
