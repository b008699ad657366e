package be.buurtwijzer.core.domain.register;

import be.buurtwijzer.core.domain.shared.Labelled;

/** Scale or operating area (schaal, werkingsgebied), smallest first: the order is meaningful. */
public enum Scale implements Labelled {
    LIVED_NEIGHBOURHOOD,
    GEOGRAPHIC_NEIGHBOURHOOD,
    MUNICIPALITY,
    LOCAL_REGION,
    SUPRA_LOCAL_REGION;

    public boolean isLargerThan(Scale other) {
        return compareTo(other) > 0;
    }
}
