package be.buurtwijzer.plugin.testkit;

import be.buurtwijzer.plugin.api.privacy.ConsentRegister;
import be.buurtwijzer.plugin.api.privacy.DataSubject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Consents in memory, matched the way the platform matches them: by register actor when the subject has
 * one, else by name (whatever its case) or e-mail. Giving again adds a record; withdrawing marks them all.
 */
public final class InMemoryConsents implements ConsentRegister {

    /** One recorded consent, for a test to look at. */
    public record Consent(String id, String purpose, DataSubject subject, String wording, String wordingVersion,
            Instant givenAt, Instant withdrawnAt) {
    }

    private final List<Consent> consents = new ArrayList<>();
    private final Clock clock;

    InMemoryConsents(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized String give(String purpose, DataSubject subject, String wording, String wordingVersion) {
        if (purpose == null || purpose.isBlank() || subject == null || (subject.name() == null && subject.email() == null)
                || wording == null || wording.isBlank() || wordingVersion == null || wordingVersion.isBlank()) {
            throw new IllegalArgumentException("a consent needs a purpose, a person's name or e-mail, a wording "
                    + "and its version");
        }
        String id = UUID.randomUUID().toString();
        consents.add(new Consent(id, purpose, subject, wording, wordingVersion, clock.instant(), null));
        return id;
    }

    @Override
    public synchronized boolean isGiven(String purpose, DataSubject subject) {
        return consents.stream().anyMatch(c -> c.withdrawnAt() == null && c.purpose().equals(purpose)
                && same(c.subject(), subject));
    }

    @Override
    public synchronized boolean withdraw(String purpose, DataSubject subject) {
        boolean any = false;
        for (int i = 0; i < consents.size(); i++) {
            Consent c = consents.get(i);
            if (c.withdrawnAt() == null && c.purpose().equals(purpose) && same(c.subject(), subject)) {
                consents.set(i, new Consent(c.id(), c.purpose(), c.subject(), c.wording(), c.wordingVersion(),
                        c.givenAt(), clock.instant()));
                any = true;
            }
        }
        return any;
    }

    public synchronized List<Consent> all() {
        return List.copyOf(consents);
    }

    private static boolean same(DataSubject recorded, DataSubject asked) {
        if (asked.actorId() != null) {
            return asked.actorId().equals(recorded.actorId());
        }
        return (asked.name() != null && recorded.name() != null && asked.name().strip().toLowerCase(Locale.ROOT)
                .equals(recorded.name().strip().toLowerCase(Locale.ROOT)))
                || (asked.email() != null && asked.email().equalsIgnoreCase(recorded.email()));
    }
}
