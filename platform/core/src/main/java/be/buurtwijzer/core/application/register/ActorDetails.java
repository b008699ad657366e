package be.buurtwijzer.core.application.register;

import be.buurtwijzer.core.domain.register.Actor;
import be.buurtwijzer.core.domain.register.ActorKind;
import be.buurtwijzer.core.domain.register.ContactDetails;
import be.buurtwijzer.core.domain.register.Scale;
import be.buurtwijzer.core.domain.register.Sector;
import java.time.Instant;

public record ActorDetails(String id, String name, ActorKind kind, Sector sector, Scale operatingArea,
        String description, ContactInput contact, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    static ActorDetails of(Actor a) {
        ContactDetails c = a.getContact();
        return new ActorDetails(a.getId(), a.getName(), a.getKind(), a.getSector(), a.getOperatingArea(),
                a.getDescription(), new ContactInput(c.getPerson(), c.getEmail(), c.getPhone(), c.getAddress(),
                        c.getWebsite()),
                a.getVersion(), a.getCreatedAt(), a.getCreatedBy(), a.getUpdatedAt(), a.getUpdatedBy());
    }
}
