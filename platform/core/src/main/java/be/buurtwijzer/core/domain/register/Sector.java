package be.buurtwijzer.core.domain.register;

import be.buurtwijzer.core.domain.shared.Labelled;

/**
 * The sectors of DOMAIN.md, named as seed 003 names the partners a collaboration needs ("zorg, welzijn,
 * huisvesting, arbeidsmarkt/tewerkstelling, cultuur, onderwijs, ... informele actoren (mantelzorgers,
 * familie en vrienden, burens, vrijwilligers)") and 001 adds associations; the spider web uses them as
 * its spokes.
 */
public enum Sector implements Labelled {
    NEIGHBOURHOOD,
    INFORMAL,
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
    ASSOCIATIONS,
    LOCAL_GOVERNMENT,
    RETAIL,
    OTHER
}
