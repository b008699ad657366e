package be.buurtwijzer.plugins.volunteers.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The volunteers of one neighbourhood held against its residents, per age band and for newcomers, so that a
 * group that closes in on itself shows (toolbox Zorgzame Buurten, fiche K: open to new and more vulnerable
 * residents). Only volunteers who gave their age band count for the bands; with fewer than three of them the
 * comparison says there are too few to compare, rather than draw a conclusion from one or two people.
 *
 * <p>A band is <em>underrepresented</em> when it makes up at least a tenth of the residents while its share
 * among the volunteers is less than half its share among the residents.
 */
public record ReachComparison(String neighbourhoodId, int volunteers, int volunteersWithAgeBand, boolean tooFew,
        List<Band> bands, BigDecimal newcomersAmongResidents, BigDecimal newcomersAmongVolunteers,
        boolean newcomersUnderrepresented, String source, LocalDate date) {

    static final int FEWEST = 3;
    private static final BigDecimal TENTH = new BigDecimal("10.0");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Shares in percent, to one decimal. */
    public record Band(Volunteer.AgeBand band, int residents, BigDecimal residentsShare, int volunteers,
            BigDecimal volunteersShare, boolean underrepresented) {
    }

    public static ReachComparison of(NeighbourhoodProfile profile, List<Volunteer> volunteers, LocalDate today) {
        List<Volunteer> here = volunteers.stream().filter(v -> v.activeOn(today)
                && profile.neighbourhoodId().equals(v.neighbourhoodId())).toList();
        List<Volunteer> known = here.stream().filter(v -> v.ageBand() != null).toList();
        boolean tooFew = known.size() < FEWEST;
        int residents = profile.residents();
        List<Band> bands = new ArrayList<>();
        for (Volunteer.AgeBand band : Volunteer.AgeBand.values()) {
            Integer living = profile.residentsByAgeBand().get(band);
            if (living == null) {
                continue;
            }
            int among = (int) known.stream().filter(v -> v.ageBand() == band).count();
            BigDecimal residentsShare = share(living, residents);
            BigDecimal volunteersShare = known.isEmpty() ? null : share(among, known.size());
            boolean under = !tooFew && residentsShare.compareTo(TENTH) >= 0
                    && volunteersShare.multiply(BigDecimal.TWO).compareTo(residentsShare) < 0;
            bands.add(new Band(band, living, residentsShare, among, volunteersShare, under));
        }
        BigDecimal newResidents = profile.newcomers() == null ? null : share(profile.newcomers(), residents);
        long newVolunteers = here.stream().filter(v -> v.newInNeighbourhoodSince() != null
                && v.newInNeighbourhoodSince() >= today.getYear() - 2).count();
        long answered = here.stream().filter(v -> v.ageBand() != null || v.newInNeighbourhoodSince() != null).count();
        BigDecimal newAmongVolunteers = answered == 0 ? null : share((int) newVolunteers, (int) answered);
        boolean newcomersUnder = !tooFew && newResidents != null && newAmongVolunteers != null
                && newResidents.compareTo(TENTH) >= 0
                && newAmongVolunteers.multiply(BigDecimal.TWO).compareTo(newResidents) < 0;
        return new ReachComparison(profile.neighbourhoodId(), here.size(), known.size(), tooFew, List.copyOf(bands),
                newResidents, newAmongVolunteers, newcomersUnder, profile.source(), profile.date());
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
