package be.buurtwijzer.core.domain.instruments;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.RecordKind;
import be.buurtwijzer.plugin.api.privacy.PersonalData;
import be.buurtwijzer.plugin.api.privacy.PersonalField;
import java.util.List;

/**
 * The privacy contract a plugin must meet to be published (plugin API 1.3): every record kind says what
 * it holds about people, if only that it holds nothing; each personal field says where it is and whom
 * it is about; and a plugin that holds personal data can find, export and erase it. A public body cannot
 * sign a processing agreement for data nobody declared.
 */
public final class PrivacyDeclarations {

    private PrivacyDeclarations() {
    }

    /** Why the plugin cannot be published, or null when its declarations are complete. */
    public static String problem(Instrument instrument) {
        List<RecordKind<?>> kinds = instrument.recordKinds();
        boolean personal = false;
        for (RecordKind<?> kind : kinds) {
            PersonalData data = kind.personalData();
            if (data == null) {
                return "its record kind '" + kind.name() + "' does not say whether it holds personal data (plugin API "
                        + "1.3: RecordKind.withPersonalData, PersonalData.none() when it holds none)";
            }
            for (PersonalField field : data.fields()) {
                if (field.path() == null || field.path().isBlank() || field.about() == null) {
                    return "a personal field of record kind '" + kind.name() + "' needs its path and whom it is about";
                }
            }
            personal |= data.holdsPersonalData();
        }
        if (personal && instrument.privacy() == null) {
            return "it holds personal data but cannot find, export or erase it (plugin API 1.3: Instrument.privacy)";
        }
        return null;
    }
}
