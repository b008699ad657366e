package be.buurtwijzer.plugins.volunteers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an occasion must be (a task, a volunteer of that task, a day that is not in the future, and hours, if
 * given, between a quarter of an hour and a day), and the year's totals per task.
 */
public final class OccasionRules {

    static final BigDecimal MAX_HOURS = new BigDecimal("24");

    /** A task's year: how many occasions, how many hours (of those with hours) and how many different volunteers. */
    public record TaskYear(String roleId, int occasions, BigDecimal hours, int volunteers) {
    }

    private OccasionRules() {
    }

    /** The field and what is wrong with it, or null when the occasion can be kept. */
    public static String problem(Occasion occasion, Role role, LocalDate today) {
        if (occasion.roleId() == null || occasion.roleId().isBlank()) {
            return "roleId: is required";
        }
        if (occasion.volunteerId() == null || occasion.volunteerId().isBlank()) {
            return "volunteerId: is required";
        }
        if (occasion.date() == null) {
            return "date: is required";
        }
        if (occasion.date().isAfter(today)) {
            return "date: lies in the future; an occasion is registered once it took place";
        }
        BigDecimal hours = occasion.hours();
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 2)) {
            return "hours: must lie between 0.01 and 24, in hundredths at most";
        }
        if (role != null && !role.volunteerIds().contains(occasion.volunteerId())) {
            return "volunteerId: does not take on this task; assign the volunteer to the task first";
        }
        return null;
    }

    /** The totals of one calendar year, per task, in the order the tasks are given. */
    public static List<TaskYear> year(Collection<String> roleIds, Collection<Occasion> occasions, int year) {
        Map<String, TaskYear> totals = new LinkedHashMap<>();
        for (String roleId : roleIds) {
            int count = 0;
            BigDecimal hours = BigDecimal.ZERO.setScale(2);
            Set<String> who = new HashSet<>();
            for (Occasion o : occasions) {
                if (roleId.equals(o.roleId()) && o.date().getYear() == year) {
                    count++;
                    who.add(o.volunteerId());
                    if (o.hours() != null) {
                        hours = hours.add(o.hours());
                    }
                }
            }
            totals.put(roleId, new TaskYear(roleId, count, hours.setScale(2), who.size()));
        }
        return List.copyOf(totals.values());
    }
}
