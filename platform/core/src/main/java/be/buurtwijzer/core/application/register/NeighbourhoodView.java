package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.domain.register.Neighbourhood;
import be.buurtwijzer.core.domain.register.NeighbourhoodKind;
import java.time.Instant;

public record NeighbourhoodView(String id, String name, NeighbourhoodKind kind, String description, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static NeighbourhoodView of(Neighbourhood n) {
        return new NeighbourhoodView(n.getId(), n.getName(), n.getKind(), n.getDescription(), n.getVersion(),
                n.getCreatedAt(), n.getCreatedBy(), n.getUpdatedAt(), n.getUpdatedBy());
    }
}
