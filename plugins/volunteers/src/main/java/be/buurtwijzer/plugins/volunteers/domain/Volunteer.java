package be.buurtwijzer.plugins.volunteers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A volunteer of the municipality's caring neighbourhoods: personal data, seen by the tenant administrator and
 * coordinators only. Only the name and the start are required; the reach fields (age band, languages, new in
 * the neighbourhood) are never required.
 *
 * @param increasedCap whether the volunteer belongs to a category the law gives a higher yearly cap
 * @param elsewhere flat-rate allowances the volunteer declared to receive from other organisations, per year
 * @param newInNeighbourhoodSince the year the volunteer came to live in the neighbourhood, if they said
 */
public record Volunteer(String name, String email, String phone, String neighbourhoodId, List<String> initiativeIds,
        LocalDate start, LocalDate end, List<String> skills, List<String> languages, List<Agreement> agreements,
        List<Training> trainings, boolean increasedCap, List<Elsewhere> elsewhere, AgeBand ageBand,
        Integer newInNeighbourhoodSince, String note) {

    public Volunteer {
        initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        trainings = trainings == null ? List.of() : List.copyOf(trainings);
        elsewhere = elsewhere == null ? List.of() : List.copyOf(elsewhere);
    }

    /** The policy version the volunteer acknowledged, and when. */
    public record Agreement(int policyVersion, LocalDate date) {
    }

    public record Training(String name, LocalDate date) {
    }

    /** What the volunteer receives elsewhere as a flat-rate allowance in a calendar year. */
    public record Elsewhere(int year, BigDecimal amount) {
    }

    public enum AgeBand {
        UNDER_25, FROM_25_TO_44, FROM_45_TO_64, FROM_65_TO_79, FROM_80
    }

    public boolean activeOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    public BigDecimal elsewhereIn(int year) {
        return elsewhere.stream().filter(e -> e.year() == year).map(Elsewhere::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
