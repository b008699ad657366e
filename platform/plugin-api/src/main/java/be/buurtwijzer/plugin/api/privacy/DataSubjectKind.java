package be.buurtwijzer.plugin.api.privacy;

/** Whom personal data is about. */
public enum DataSubjectKind {
    /** An actor of the municipality's register (a person, or a contact person of an organisation). */
    REGISTER_ACTOR,
    /** A member of the platform (a user account). */
    PLATFORM_USER,
    /** A person the plugin names itself, in free text (a resident in a story, a volunteer). */
    NAMED_PERSON
}
