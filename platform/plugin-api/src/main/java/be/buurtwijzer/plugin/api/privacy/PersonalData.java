package be.buurtwijzer.plugin.api.privacy;

import be.buurtwijzer.plugin.api.Text;
import java.time.Period;
import java.util.List;

/**
 * What one kind of record holds about people (since 1.3): the fields with personal data and whom each is
 * about, why the municipality keeps it (purpose), on which legal basis (GDPR art. 6.1) and for how long by
 * default. Every record kind says this, if only that it holds none ({@link #none()}): a plugin whose kinds
 * do not say it is refused when it is published.
 *
 * @param retention how long after its last change a record is kept by default; null for "as long as the
 *     municipality uses the instrument"
 */
public record PersonalData(List<PersonalField> fields, Text purpose, LegalBasis legalBasis, Period retention) {

    public PersonalData {
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (!fields.isEmpty() && (purpose == null || legalBasis == null)) {
            throw new IllegalArgumentException("personal data needs a purpose and a legal basis");
        }
    }

    /** This kind of record holds nothing about people. */
    public static PersonalData none() {
        return new PersonalData(List.of(), null, null, null);
    }

    public boolean holdsPersonalData() {
        return !fields.isEmpty();
    }
}
