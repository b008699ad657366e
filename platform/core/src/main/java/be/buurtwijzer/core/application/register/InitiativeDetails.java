package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.domain.register.InitiativeStatus;
import java.time.Instant;
import java.util.List;

public record InitiativeDetails(String id, String name, Reference neighbourhood, String goal, String description,
        InitiativeStatus status, List<Reference> actors, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    /** Another register entry, by id with its name for display. */
    public record Reference(String id, String name) {
    }
}
