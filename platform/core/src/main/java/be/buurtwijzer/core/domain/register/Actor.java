package be.buurtwijzer.core.domain.register;

import be.buurtwijzer.core.domain.shared.TenantContext;
import be.buurtwijzer.core.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Someone who takes part in caring neighbourhoods: a group, an organisation, a professional… */
@Entity
@Table(name = "actor")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantContext.COLUMN, contextProperty = TenantContext.PROPERTY, length = 36)
public class Actor extends TrackedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    /** The name in lower case, computed by the database (indexed, for the unique-name check). */
    @Column(name = "name_key", insertable = false, updatable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ActorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "operating_area", length = 32)
    private Scale operatingArea;

    @Column(length = 4000)
    private String description;

    @Embedded
    private ContactDetails contact = new ContactDetails();

    protected Actor() {
    }

    public Actor(String name, ActorKind kind, Sector sector, Scale operatingArea, String description,
            ContactDetails contact) {
        change(name, kind, sector, operatingArea, description, contact);
    }

    public void change(String name, ActorKind kind, Sector sector, Scale operatingArea, String description,
            ContactDetails contact) {
        this.name = name;
        this.kind = kind;
        this.sector = sector;
        this.operatingArea = operatingArea;
        this.description = description;
        this.contact = contact == null ? new ContactDetails() : contact;
    }

    /** A person who asked to be erased: a neutral name, no description, no contact. Kind and sector stay. */
    public void anonymise(String neutralName) {
        this.name = neutralName;
        this.description = null;
        this.contact = new ContactDetails();
    }

    public void clearContact() {
        this.contact = new ContactDetails();
    }

    public void rewriteDescription(java.util.function.UnaryOperator<String> rewrite) {
        this.description = rewrite.apply(description);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("kind", kind);
        state.put("sector", sector);
        state.put("operatingArea", operatingArea);
        state.put("description", description);
        // an embedded part whose columns are all empty comes back from the database as null
        ContactDetails c = getContact();
        state.put("contact.person", c.getPerson());
        state.put("contact.email", c.getEmail());
        state.put("contact.phone", c.getPhone());
        state.put("contact.address", c.getAddress());
        state.put("contact.website", c.getWebsite());
        return state;
    }

    public String getName() {
        return name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public Sector getSector() {
        return sector;
    }

    public Scale getOperatingArea() {
        return operatingArea;
    }

    public String getDescription() {
        return description;
    }

    public ContactDetails getContact() {
        return contact == null ? new ContactDetails() : contact;
    }
}
