package be.buurtwijzer.plugins.volunteers.domain;

import be.buurtwijzer.plugins.volunteers.domain.AllowanceDecision.Outcome;
import be.buurtwijzer.plugin.api.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of Belgian volunteer law for expense allowances (wet van 3 juli 2005 betreffende de rechten van
 * vrijwilligers, art. 10), as the Vlaams Steunpunt Vrijwilligerswerk explains them:
 * <ul>
 * <li>a volunteer is paid back either the real, proven costs or a flat-rate allowance without proof, and
 * uses one system per calendar year;</li>
 * <li>the flat rate is capped per day and per calendar year, over all organisations together, so what the
 * volunteer declares to receive elsewhere counts; the caps are indexed every year;</li>
 * <li>real transport costs combine with the flat rate up to a number of kilometres a year;</li>
 * <li>some categories of volunteers have a higher yearly cap.</li>
 * </ul>
 * A year without configured caps takes no booking at all: the amounts are the law's, not ours to guess.
 * Booking the last tenth of the yearly room is allowed with a warning.
 */
public final class AllowanceRules {

    /** The share of the yearly cap from which a booking is allowed with a warning. */
    static final BigDecimal NEARLY = new BigDecimal("0.90");

    private AllowanceRules() {
    }

    /**
     * @param caps the caps of the booking's year, or null when none are configured
     * @param increased whether the volunteer belongs to a category with the higher yearly cap
     * @param booked the volunteer's bookings of the same calendar year, here
     * @param elsewhere the flat-rate allowances the volunteer declared to receive elsewhere this year
     */
    public static AllowanceDecision decide(Booking booking, CapYear caps, boolean increased, List<Booking> booked,
            BigDecimal elsewhere) {
        int year = booking.date().getYear();
        if (caps == null) {
            return refused("date", new Text("Voor " + year + " zijn geen wettelijke plafonds ingesteld; een vergoeding in dat "
                    + "jaar kan pas geboekt worden als een platformbeheerder ze toevoegt.", "No legal caps are configured "
                    + "for " + year + "; an allowance in that year can be booked once a platform administrator adds them."),
                    null, null, null);
        }
        BigDecimal amount = booking.amount() == null ? null : Money.cents(booking.amount());
        if (amount == null || amount.signum() <= 0) {
            return refused("amount", new Text("Het bedrag moet groter zijn dan nul.", "The amount must be more than zero."),
                    null, null, null);
        }
        List<Booking> thisYear = booked.stream().filter(b -> b.date().getYear() == year).toList();
        boolean flatUsed = thisYear.stream().anyMatch(b -> b.type() == AllowanceType.FLAT_RATE);
        boolean realUsed = thisYear.stream().anyMatch(b -> b.type() == AllowanceType.REAL_COSTS);
        BigDecimal yearCap = caps.yearCap(increased);
        BigDecimal roomToday = caps.perDay().subtract(flatOn(thisYear, booking.date()));
        BigDecimal flatThisYear = flat(thisYear).add(elsewhere == null ? BigDecimal.ZERO : Money.cents(elsewhere));
        BigDecimal roomThisYear = yearCap == null ? null : yearCap.subtract(flatThisYear);
        Integer kmLeft = caps.transportKmPerYear() == null ? null : caps.transportKmPerYear() - km(thisYear);
        return switch (booking.type()) {
            case REAL_COSTS -> flatUsed
                    ? refused("type", new Text("Deze vrijwilliger krijgt in " + year + " al een forfaitaire vergoeding: "
                            + "één systeem per kalenderjaar (alleen reële vervoerskosten mogen erbij).", "This volunteer "
                            + "already receives a flat-rate allowance in " + year + ": one system per calendar year (only "
                            + "real transport costs may be added)."), roomToday, roomThisYear, kmLeft)
                    : new AllowanceDecision(Outcome.ALLOWED, null, null, null, null, null);
            case REAL_TRANSPORT -> transport(booking, flatUsed, kmLeft, roomToday, roomThisYear);
            case FLAT_RATE -> {
                if (realUsed) {
                    yield refused("type", new Text("Deze vrijwilliger krijgt in " + year + " al reële kosten terugbetaald: "
                            + "één systeem per kalenderjaar.", "This volunteer is already paid real costs in " + year
                            + ": one system per calendar year."), roomToday, roomThisYear, kmLeft);
                }
                int kmSoFar = km(thisYear);
                if (kmSoFar > 0 && kmLeft == null) {
                    yield refused("type", noKmCap(year), roomToday, roomThisYear, null);
                }
                if (kmLeft != null && kmLeft < 0) {
                    yield refused("type", new Text("Deze vrijwilliger kreeg in " + year + " al " + kmSoFar + " km reële "
                            + "vervoerskosten terugbetaald, meer dan de " + caps.transportKmPerYear() + " km die met de "
                            + "forfaitaire vergoeding gecombineerd mogen worden.", "This volunteer was already paid "
                            + kmSoFar + " km of real transport costs in " + year + ", more than the "
                            + caps.transportKmPerYear() + " km that combine with the flat rate."), roomToday,
                            roomThisYear, kmLeft);
                }
                if (yearCap == null) {
                    yield refused("amount", new Text("Voor " + year + " is geen verhoogd jaarplafond ingesteld, en deze "
                            + "vrijwilliger valt onder een categorie met een verhoogd plafond.", "No increased yearly cap "
                            + "is configured for " + year + ", and this volunteer belongs to a category with one."),
                            roomToday, null, kmLeft);
                }
                yield flatRate(amount, caps, yearCap, roomToday, roomThisYear, kmLeft);
            }
        };
    }

    private static AllowanceDecision flatRate(BigDecimal amount, CapYear caps, BigDecimal yearCap, BigDecimal roomToday,
            BigDecimal roomThisYear, Integer kmLeft) {
        if (amount.compareTo(roomToday) > 0) {
            return refused("amount", new Text("Dit overschrijdt het dagplafond van " + Money.euro(caps.perDay())
                    + "; vandaag kan nog " + Money.euro(roomToday.max(BigDecimal.ZERO)) + ".", "This exceeds the daily "
                    + "cap of " + Money.euro(caps.perDay()) + "; " + Money.euro(roomToday.max(BigDecimal.ZERO))
                    + " is left today."), roomToday, roomThisYear, kmLeft);
        }
        if (amount.compareTo(roomThisYear) > 0) {
            return refused("amount", new Text("Dit overschrijdt het jaarplafond van " + Money.euro(yearCap)
                    + " (ook wat de vrijwilliger elders ontvangt telt mee); dit jaar kan nog "
                    + Money.euro(roomThisYear.max(BigDecimal.ZERO)) + ".", "This exceeds the yearly cap of "
                    + Money.euro(yearCap) + " (what the volunteer receives elsewhere counts too); "
                    + Money.euro(roomThisYear.max(BigDecimal.ZERO)) + " is left this year."), roomToday, roomThisYear,
                    kmLeft);
        }
        BigDecimal yearAfter = roomThisYear.subtract(amount);
        BigDecimal used = yearCap.subtract(yearAfter);
        if (used.compareTo(yearCap.multiply(NEARLY)) >= 0) {
            return new AllowanceDecision(Outcome.WARNED, "amount", new Text("Bijna aan het jaarplafond van "
                    + Money.euro(yearCap) + ": hierna kan dit jaar nog " + Money.euro(yearAfter) + ".", "Nearly at the "
                    + "yearly cap of " + Money.euro(yearCap) + ": " + Money.euro(yearAfter) + " is left this year after "
                    + "this."), roomToday.subtract(amount), yearAfter, kmLeft);
        }
        return new AllowanceDecision(Outcome.ALLOWED, null, null, roomToday.subtract(amount), yearAfter, kmLeft);
    }

    private static AllowanceDecision transport(Booking booking, boolean flatUsed, Integer kmLeft, BigDecimal roomToday,
            BigDecimal roomThisYear) {
        if (booking.km() == null || booking.km() <= 0) {
            return refused("km", new Text("Reële vervoerskosten vragen het aantal kilometer.", "Real transport costs need "
                    + "the number of kilometres."), roomToday, roomThisYear, kmLeft);
        }
        if (!flatUsed) {
            return new AllowanceDecision(Outcome.ALLOWED, null, null, null, null, kmLeft);
        }
        if (kmLeft == null) {
            return refused("km", noKmCap(booking.date().getYear()), roomToday, roomThisYear, null);
        }
        if (booking.km() > kmLeft) {
            return refused("km", new Text("Naast de forfaitaire vergoeding mogen dit jaar nog " + Math.max(kmLeft, 0)
                    + " km reële vervoerskosten terugbetaald worden.", "Beside the flat rate, " + Math.max(kmLeft, 0)
                    + " km of real transport costs may still be paid back this year."), roomToday, roomThisYear, kmLeft);
        }
        return new AllowanceDecision(Outcome.ALLOWED, null, null, roomToday, roomThisYear, kmLeft - booking.km());
    }

    /** The flat-rate allowances of a year, to the cent. */
    public static BigDecimal flat(List<Booking> bookings) {
        return bookings.stream().filter(b -> b.type() == AllowanceType.FLAT_RATE).map(b -> Money.cents(b.amount()))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal flatOn(List<Booking> bookings, LocalDate day) {
        return flat(bookings.stream().filter(b -> b.date().equals(day)).toList());
    }

    /** Kilometres of real transport costs combined with the flat rate count; under real costs they do not matter. */
    private static int km(List<Booking> bookings) {
        return bookings.stream().filter(b -> b.type() == AllowanceType.REAL_TRANSPORT && b.km() != null)
                .mapToInt(Booking::km).sum();
    }

    private static Text noKmCap(int year) {
        return new Text("Voor " + year + " is niet ingesteld hoeveel kilometer reële vervoerskosten met de "
                + "forfaitaire vergoeding gecombineerd mogen worden.", "For " + year + " it is not configured how many "
                + "kilometres of real transport costs combine with the flat rate.");
    }

    private static AllowanceDecision refused(String field, Text message, BigDecimal roomToday, BigDecimal roomThisYear,
            Integer kmLeft) {
        return new AllowanceDecision(Outcome.REFUSED, field, message, roomToday, roomThisYear, kmLeft);
    }
}
