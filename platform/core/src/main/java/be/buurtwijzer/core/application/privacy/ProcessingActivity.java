package be.buurtwijzer.core.application.privacy;

import java.util.List;

/**
 * One line of a municipality's processing register (GDPR art. 30): which personal data one kind of record
 * holds, about whom, why, on which legal basis, how long it is kept, and how many such records there are.
 *
 * @param pluginId null for the platform's own data (register, members, audit trail)
 * @param declaredDays null when kept as long as the instrument is used
 * @param overrideDays the municipality's own retention, if it set one
 */
public record ProcessingActivity(String pluginId, String source, String kind, List<Field> fields, String purpose,
        String legalBasis, Integer declaredDays, Integer overrideDays, Integer effectiveDays, long records) {

    public record Field(String path, String about, String description) {
    }
}
