package be.buurtwijzer.plugins.volunteers.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * The residents of one neighbourhood, in counts with their source and date (for example from the municipal
 * population register or the Vlaamse gemeente- en stadsmonitor), to hold the group of volunteers against.
 *
 * @param residentsByAgeBand residents per age band; bands left out are unknown
 * @param newcomers residents who came to live in the neighbourhood in the last two years, if known
 */
public record NeighbourhoodProfile(String neighbourhoodId, Map<Volunteer.AgeBand, Integer> residentsByAgeBand,
        Integer newcomers, String source, LocalDate date) {

    public NeighbourhoodProfile {
        residentsByAgeBand = residentsByAgeBand == null ? Map.of() : Map.copyOf(residentsByAgeBand);
    }

    public int residents() {
        return residentsByAgeBand.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The field and what is wrong with it, or null. */
    public static String problem(NeighbourhoodProfile p) {
        if (p.neighbourhoodId() == null || p.neighbourhoodId().isBlank()) {
            return "neighbourhoodId: is required";
        }
        if (p.residentsByAgeBand().values().stream().anyMatch(n -> n == null || n < 0 || n > 10_000_000)) {
            return "residentsByAgeBand: a count lies between 0 and 10 000 000";
        }
        if (p.residents() == 0) {
            return "residentsByAgeBand: give the residents of at least one age band";
        }
        if (p.newcomers() != null && (p.newcomers() < 0 || p.newcomers() > p.residents())) {
            return "newcomers: lies between 0 and the number of residents";
        }
        if (p.source() == null || p.source().isBlank() || p.source().length() > 300) {
            return "source: is required (300 characters at most): where do these figures come from?";
        }
        if (p.date() == null) {
            return "date: is required: the day the figures describe";
        }
        return null;
    }
}
