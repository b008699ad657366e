package be.buurtwijzer.plugin.api.privacy;

import be.buurtwijzer.plugin.api.InstrumentContext;
import java.util.List;

/**
 * The three calls the platform drives for a data-subject request (since 1.3), in one municipality. A
 * plugin whose record kinds hold personal data implements them; the platform calls them for every
 * instrument the municipality uses or used, enabled or not.
 */
public interface PrivacyProvider {

    /** The ids of this plugin's records that hold personal data about the person. */
    List<String> find(InstrumentContext context, DataSubject subject);

    /** What this plugin holds about the person, as a value JSON-B writes (readable names, not internal ids). */
    Object export(InstrumentContext context, DataSubject subject);

    /**
     * Erases or anonymises what this plugin holds about the person, keeping what the municipality must keep
     * in anonymised form. Safe to run twice. Returns how many records were changed or removed.
     */
    int erase(InstrumentContext context, DataSubject subject);

    /**
     * Erases or anonymises what outlived its retention in one kind of record (since 1.3). The platform calls it at
     * every retention purge with the moment before which that kind's records have expired (now minus the
     * retention, the municipality's own or the declared one). Return how many records changed, or -1 (the
     * default) to let the platform delete the records last changed before that moment. Override it when expiry
     * is not the last change (a volunteer expires some time after they left), or when a record must be kept
     * anonymised rather than deleted.
     */
    default int expire(InstrumentContext context, String kind, java.time.Instant limit) {
        return -1;
    }
}
