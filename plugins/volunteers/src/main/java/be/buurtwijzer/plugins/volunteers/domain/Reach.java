package be.buurtwijzer.plugins.volunteers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who volunteers, in counts (never names): by neighbourhood, age band and language, and who joined in the last
 * year. The seed's concern is a group that closes in on itself; the warning says so when nobody joined in a year
 * while a group exists. Every field behind it is optional, so "unknown" is counted too.
 */
public record Reach(int active, Map<String, Integer> byNeighbourhood, Map<String, Integer> byAgeBand,
        Map<String, Integer> byLanguage, int joinedLastYear, int newInNeighbourhood, boolean notRenewing) {

    /** From how many active volunteers a year without a newcomer is worth a warning. */
    static final int GROUP = 3;

    public static Reach of(List<Volunteer> volunteers, LocalDate today) {
        List<Volunteer> active = volunteers.stream().filter(v -> v.activeOn(today)).toList();
        Map<String, Integer> neighbourhoods = new TreeMap<>();
        Map<String, Integer> ages = new TreeMap<>();
        Map<String, Integer> languages = new TreeMap<>();
        for (Volunteer v : active) {
            neighbourhoods.merge(v.neighbourhoodId() == null ? "" : v.neighbourhoodId(), 1, Integer::sum);
            ages.merge(v.ageBand() == null ? "" : v.ageBand().name(), 1, Integer::sum);
            if (v.languages().isEmpty()) {
                languages.merge("", 1, Integer::sum);
            }
            v.languages().forEach(l -> languages.merge(l.strip(), 1, Integer::sum));
        }
        LocalDate yearAgo = today.minusYears(1);
        int joined = (int) active.stream().filter(v -> v.start().isAfter(yearAgo)).count();
        int newcomers = (int) active.stream().filter(v -> v.newInNeighbourhoodSince() != null
                && v.newInNeighbourhoodSince() >= today.getYear() - 1).count();
        return new Reach(active.size(), neighbourhoods, ages, languages, joined, newcomers,
                active.size() >= GROUP && joined == 0);
    }
}
