package be.buurtwijzer.core.domain.register;

import be.buurtwijzer.core.domain.shared.TenantContext;
import be.buurtwijzer.core.domain.shared.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A caring initiative. Its neighbourhood and actors are referred to by id; the application
 * resolves every id through the tenant-scoped persistence context before storing it, so an
 * initiative can only point at its own municipality's register.
 */
@Entity
@Table(name = "initiative")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantContext.COLUMN, contextProperty = TenantContext.PROPERTY, length = 36)
public class Initiative extends TrackedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    /** The name in lower case, computed by the database (indexed, for the unique-name check). */
    @Column(name = "name_key", insertable = false, updatable = false, length = 200)
    private String nameKey;

    @Column(name = "neighbourhood_id", length = 36)
    private String neighbourhoodId;

    @Column(length = 1000)
    private String goal;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private InitiativeStatus status;

    // a page of initiatives reads the actors of all of them in one IN query, not one query per initiative
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "initiative_actor", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "actor_id", length = 36)
    private Set<String> actorIds = new LinkedHashSet<>();

    protected Initiative() {
    }

    public Initiative(String name, String neighbourhoodId, String goal, String description, InitiativeStatus status,
            Collection<String> actorIds) {
        change(name, neighbourhoodId, goal, description, status, actorIds);
    }

    public void change(String name, String neighbourhoodId, String goal, String description, InitiativeStatus status,
            Collection<String> actorIds) {
        this.name = name;
        this.neighbourhoodId = neighbourhoodId;
        this.goal = goal;
        this.description = description;
        this.status = status;
        this.actorIds.clear();
        this.actorIds.addAll(actorIds);
    }

    public void rewriteDescription(java.util.function.UnaryOperator<String> rewrite) {
        this.description = rewrite.apply(description);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("neighbourhoodId", neighbourhoodId);
        state.put("goal", goal);
        state.put("description", description);
        state.put("status", status);
        state.put("actorIds", getActorIds());
        return state;
    }

    public String getName() {
        return name;
    }

    public String getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public String getGoal() {
        return goal;
    }

    public String getDescription() {
        return description;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public List<String> getActorIds() {
        List<String> sorted = new ArrayList<>(actorIds);
        sorted.sort(null);
        return sorted;
    }
}
