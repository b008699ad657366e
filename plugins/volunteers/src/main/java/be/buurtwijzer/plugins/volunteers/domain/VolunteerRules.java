package be.buurtwijzer.plugins.volunteers.domain;

import java.util.regex.Pattern;

/** What a volunteer's record must satisfy; each problem names its field ("field: what is wrong"). */
public final class VolunteerRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private VolunteerRules() {
    }

    public static String problem(Volunteer v) {
        if (v.name() == null || v.name().isBlank()) {
            return "name: is required";
        }
        if (v.name().length() > 200) {
            return "name: is longer than 200 characters";
        }
        if (v.start() == null) {
            return "start: is required (the day the volunteer started)";
        }
        if (v.end() != null && v.end().isBefore(v.start())) {
            return "end: is before the start";
        }
        if (v.email() != null && !v.email().isBlank() && !EMAIL.matcher(v.email()).matches()) {
            return "email: is not an e-mail address";
        }
        if (v.phone() != null && v.phone().length() > 50) {
            return "phone: is longer than 50 characters";
        }
        if (v.note() != null && v.note().length() > 2000) {
            return "note: is longer than 2000 characters";
        }
        for (Volunteer.Elsewhere e : v.elsewhere()) {
            if (e.amount() == null || e.amount().signum() < 0) {
                return "elsewhere: an amount received elsewhere is zero or more";
            }
        }
        if (v.newInNeighbourhoodSince() != null && (v.newInNeighbourhoodSince() < 1900
                || v.newInNeighbourhoodSince() > 2200)) {
            return "newInNeighbourhoodSince: is a year";
        }
        return null;
    }
}
