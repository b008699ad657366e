package be.buurtwijzer.plugin.api.privacy;

import be.buurtwijzer.plugin.api.Text;

/**
 * One field of a record that holds personal data.
 *
 * @param path the field in the stored JSON document ("scan", "placements.scan", "text")
 * @param about whom it is about
 * @param description what it holds, in words a data-protection officer reads
 */
public record PersonalField(String path, DataSubjectKind about, Text description) {
}
