package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugins.volunteers.domain.AllowanceType;
import be.buurtwijzer.plugins.volunteers.domain.Volunteer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The operations' inputs and outputs (JSON-B needs one constructor per record). */
public final class Payloads {

    private Payloads() {
    }

    /** No input. */
    public record Nothing() {
    }

    /** @param version the policy version to show; null for the latest */
    public record PolicyRequest(Integer version) {
    }

    /** @param recordVersion the stored version of the draft you edited, null for a new version */
    public record PolicyAnswers(Map<String, String> answers, Long recordVersion) {
    }

    public record Approval(int version) {
    }

    public record OpenQuestion(String id, String section, String question) {
    }

    public record PolicyDetails(String id, Long recordVersion, int version, boolean approved, Instant approvedAt,
            String approvedBy, Map<String, String> answers, List<OpenQuestion> open, List<Integer> versions,
            Integer approvedVersion) {
    }

    /**
     * A volunteer to store: with an id and its version to change one, without to add one. The reach fields (age
     * band, new in the neighbourhood since) are kept only with the volunteer's consent: {@code reachConsent} true
     * records it, false withdraws it (and the fields go), null leaves it as it is.
     */
    public record VolunteerInput(String id, Long version, Volunteer volunteer, Boolean reachConsent) {
    }

    public record VolunteerDetails(String id, long version, Volunteer volunteer, boolean active, boolean reachConsent) {
    }

    public record BookingInput(String volunteerId, LocalDate date, AllowanceType type, BigDecimal amount, Integer km,
            String description) {
    }

    /** What a booking did: stored (with a warning, perhaps), and the room left. */
    public record BookingResult(String id, String outcome, String message, BigDecimal roomToday, BigDecimal roomThisYear,
            Integer kmLeftThisYear) {
    }

    public record YearRequest(Integer year, String volunteerId) {
    }

    public record BookingDetails(String id, String volunteerId, String volunteer, LocalDate date, AllowanceType type,
            BigDecimal amount, Integer km, String description) {
    }

    /** One volunteer's year: the flat rate, real costs and kilometres, and the room left under the yearly cap. */
    public record YearSummary(String volunteerId, String volunteer, BigDecimal flatRate, BigDecimal realCosts,
            int km, BigDecimal elsewhere, BigDecimal yearCap, BigDecimal room, boolean nearlyAtCap) {
    }

    public record Allowances(int year, boolean capsConfigured, List<BookingDetails> bookings, List<YearSummary> volunteers) {
    }

    /** What a partner may see: counts, no people. */
    public record Summary(int activeVolunteers, int volunteersTotal, Integer approvedPolicyVersion,
            int draftOpenQuestions, int nearlyAtCap, int newThisYear) {
    }

    public record InsuranceInput(be.buurtwijzer.plugins.volunteers.domain.Insurance insurance, Long version) {
    }

    public record InsuranceDetails(String id, Long version, be.buurtwijzer.plugins.volunteers.domain.Insurance insurance) {
    }

    /** A task to store: with an id and its version to change one, without to add one. */
    public record RoleInput(String id, Long version, be.buurtwijzer.plugins.volunteers.domain.Role role) {
    }

    public record RoleDetails(String id, long version, be.buurtwijzer.plugins.volunteers.domain.Role role,
            List<String> volunteers) {
    }

    /** A warning in words, about a task and perhaps one volunteer. */
    public record WarningDetails(String role, String volunteer, String message) {
    }

    public record Engagements(InsuranceDetails insurance, List<RoleDetails> roles, List<WarningDetails> warnings) {
    }

    public record PreferencesInput(be.buurtwijzer.plugins.volunteers.domain.Preferences preferences, Long version) {
    }

    public record PreferencesDetails(Long version, be.buurtwijzer.plugins.volunteers.domain.Preferences preferences) {
    }

    public record OccasionDetails(String id, String roleId, String role, String volunteerId, String volunteer,
            LocalDate date, BigDecimal hours) {
    }

    /** A task's year in numbers. */
    public record TaskYearDetails(String roleId, String role, int occasions, BigDecimal hours, int volunteers) {
    }

    public record Occasions(int year, boolean registered, List<TaskYearDetails> tasks, List<OccasionDetails> occasions) {
    }

    public record RemoveOccasion(String id) {
    }

    /** A neighbourhood's residents: with the version you read to change them, without for the first time. */
    public record ProfileInput(be.buurtwijzer.plugins.volunteers.domain.NeighbourhoodProfile profile, Long version) {
    }

    public record ProfileDetails(String id, long version, be.buurtwijzer.plugins.volunteers.domain.NeighbourhoodProfile profile) {
    }

    public record ComparisonDetails(String neighbourhood, String profileId, long profileVersion,
            be.buurtwijzer.plugins.volunteers.domain.ReachComparison comparison) {
    }
}
