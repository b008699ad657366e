package be.buurtwijzer.core.domain.instruments;

import be.buurtwijzer.core.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A knowledge organisation that publishes instruments. It never sees municipalities' data. */
@Entity
@Table(name = "support_organisation")
public class SupportOrganisation {

    @Id
    @Column(length = 36)
    private String id = Ids.newId();

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SupportOrganisation() {
    }

    public SupportOrganisation(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
