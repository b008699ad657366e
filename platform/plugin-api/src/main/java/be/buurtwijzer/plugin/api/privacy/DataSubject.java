package be.buurtwijzer.plugin.api.privacy;

/**
 * The person a data-subject request is about, as far as the platform knows them in this municipality:
 * their actor in the register, their user account, and their name (for records that name people in text).
 * Any of them may be null.
 */
public record DataSubject(String actorId, String userId, String email, String name) {
}
