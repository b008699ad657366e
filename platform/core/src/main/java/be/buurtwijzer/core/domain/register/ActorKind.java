package be.buurtwijzer.core.domain.register;

import be.buurtwijzer.core.domain.shared.Labelled;

public enum ActorKind implements Labelled {
    RESIDENT_GROUP,
    RESIDENT,
    INFORMAL_CARER,
    VOLUNTEER_GROUP,
    ASSOCIATION,
    ORGANISATION,
    PROFESSIONAL,
    LOCAL_GOVERNMENT,
    ADVISORY_COUNCIL,
    SCHOOL,
    SHOP,
    OTHER
}
