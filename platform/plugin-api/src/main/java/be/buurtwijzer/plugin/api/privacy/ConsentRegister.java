package be.buurtwijzer.plugin.api.privacy;

/**
 * Consents for this plugin's purposes in one municipality (since 1.3), for processing whose legal basis is
 * {@link LegalBasis#CONSENT}: who consented to what, when, in which wording and version, and the withdrawal.
 * The platform keeps the proof; the plugin asks {@link #isGiven} before it processes. A person is the same
 * person by their register actor when one is given, else by their name (whatever its case) or e-mail.
 */
public interface ConsentRegister {

    /**
     * Records that the person consented to the purpose, in these words. Consenting again (e.g. to a new
     * wording) is a new record; the earlier one stays as proof.
     *
     * @param purpose this plugin's own key for the purpose ("photos-in-reports")
     * @return the consent's id
     */
    String give(String purpose, DataSubject subject, String wording, String wordingVersion);

    /** Whether the person consented to the purpose and has not withdrawn it. */
    boolean isGiven(String purpose, DataSubject subject);

    /** Records the withdrawal of the person's consent to the purpose; false when there was none to withdraw. */
    boolean withdraw(String purpose, DataSubject subject);
}
