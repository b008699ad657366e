package be.buurtwijzer.core.domain.register;

import be.buurtwijzer.core.domain.shared.Labelled;

/** The sectors of DOMAIN.md; the spider web uses them as its spokes. */
public enum Sector implements Labelled {
    NEIGHBOURHOOD,
    CARE,
    WELFARE,
    HOUSING,
    EMPLOYMENT,
    CULTURE,
    EDUCATION,
    SPORT,
    SPATIAL_PLANNING,
    MOBILITY,
    LEISURE,
    LOCAL_GOVERNMENT,
    RETAIL,
    OTHER
}
