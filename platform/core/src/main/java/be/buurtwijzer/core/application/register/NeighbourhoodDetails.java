package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.domain.register.Neighbourhood;
import be.buurtwijzer.core.domain.register.NeighbourhoodKind;
import java.time.Instant;

public record NeighbourhoodDetails(String id, String name, NeighbourhoodKind kind, String description, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static NeighbourhoodDetails of(Neighbourhood n) {
        return new NeighbourhoodDetails(n.getId(), n.getName(), n.getKind(), n.getDescription(), n.getVersion(),
                n.getCreatedAt(), n.getCreatedBy(), n.getUpdatedAt(), n.getUpdatedBy());
    }
}
