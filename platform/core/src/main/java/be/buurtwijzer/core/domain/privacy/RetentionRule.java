package be.buurtwijzer.core.domain.privacy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long a kind of record with personal data is kept after its last change: what the plugin declared,
 * unless the municipality set its own number of days, within bounds. Null for "as long as the
 * municipality uses the instrument".
 */
public record RetentionRule(Period declared, Integer overrideDays) {

    /** Shorter than a month would erase what a coordinator is still working on. */
    public static final int MIN_DAYS = 30;
    /** Ten years: the longest any municipal record of this kind is kept. */
    public static final int MAX_DAYS = 3650;

    public static String check(int days) {
        return days < MIN_DAYS || days > MAX_DAYS ? "is between " + MIN_DAYS + " and " + MAX_DAYS + " days" : null;
    }

    public Period effective() {
        return overrideDays != null ? Period.ofDays(overrideDays) : declared;
    }

    public boolean expires() {
        return effective() != null;
    }

    /** Records last changed before this moment have expired; null when nothing expires. */
    public Instant limit(Instant now) {
        Period period = effective();
        return period == null ? null : now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }

    /** In days, for reports; a declared period in months or years counted on the calendar from today. */
    public Integer days(Instant now) {
        Instant limit = limit(now);
        return limit == null ? null : (int) java.time.Duration.between(limit, now).toDays();
    }
}
