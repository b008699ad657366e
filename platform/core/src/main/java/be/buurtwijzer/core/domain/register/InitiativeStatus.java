package be.buurtwijzer.core.domain.register;

import be.buurtwijzer.core.domain.shared.Labelled;

public enum InitiativeStatus implements Labelled {
    IDEA, PREPARING, RUNNING, PAUSED, ENDED
}
