package be.buurtwijzer.core.application.privacy;

import be.buurtwijzer.core.domain.privacy.ConsentRecord;
import java.time.Instant;

/** One consent as the API shows it. */
public record ConsentDetails(String id, String instrument, String purpose, String name, String email, String actorId,
        String wording, String wordingVersion, Instant givenAt, String recordedBy, Instant withdrawnAt,
        String withdrawnBy, boolean active) {

    static ConsentDetails of(ConsentRecord c) {
        return new ConsentDetails(c.getId(), c.getPluginId(), c.getPurpose(), c.getSubjectName(), c.getSubjectEmail(),
                c.getSubjectActorId(), c.getWording(), c.getWordingVersion(), c.getGivenAt(), c.getRecordedBy(),
                c.getWithdrawnAt(), c.getWithdrawnBy(), c.isActive());
    }
}
