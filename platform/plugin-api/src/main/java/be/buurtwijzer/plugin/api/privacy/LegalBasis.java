package be.buurtwijzer.plugin.api.privacy;

/** The lawful bases of the GDPR, article 6.1 (a) to (f). A municipality mostly works on (e), a public task. */
public enum LegalBasis {
    CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS
}
