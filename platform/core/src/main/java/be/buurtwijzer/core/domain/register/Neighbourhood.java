package be.buurtwijzer.core.domain.register;

import be.buurtwijzer.core.domain.shared.TenantContext;
import be.buurtwijzer.core.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

@Entity
@Table(name = "neighbourhood")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantContext.COLUMN, contextProperty = TenantContext.PROPERTY, length = 36)
public class Neighbourhood extends TrackedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    /** The name in lower case, computed by the database (indexed, for the unique-name check). */
    @Column(name = "name_key", insertable = false, updatable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NeighbourhoodKind kind;

    @Column(length = 4000)
    private String description;

    protected Neighbourhood() {
    }

    public Neighbourhood(String name, NeighbourhoodKind kind, String description) {
        change(name, kind, description);
    }

    public void change(String name, NeighbourhoodKind kind, String description) {
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    public void rewriteDescription(java.util.function.UnaryOperator<String> rewrite) {
        this.description = rewrite.apply(description);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("kind", kind);
        state.put("description", description);
        return state;
    }

    public String getName() {
        return name;
    }

    public NeighbourhoodKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }
}
