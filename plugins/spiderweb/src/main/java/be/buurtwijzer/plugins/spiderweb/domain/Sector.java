package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.Text;

/**
 * The spokes of the web: the sectors of the shared register (same names), worded as seed 003 words the
 * partners ("huisvesting, tewerkstelling, cultuur, ... informele actoren (mantelzorgers, familie en
 * vrienden, burens, vrijwilligers)").
 */
public enum Sector {
    NEIGHBOURHOOD(new Text("buurt en bewoners", "neighbourhood and residents")),
    INFORMAL(new Text("informele actoren", "informal actors")),
    CARE(new Text("zorg", "care")),
    WELFARE(new Text("welzijn", "welfare")),
    HOUSING(new Text("huisvesting", "housing")),
    EMPLOYMENT(new Text("tewerkstelling", "employment")),
    CULTURE(new Text("cultuur", "culture")),
    EDUCATION(new Text("onderwijs", "education")),
    SPORT(new Text("sport", "sport")),
    SPATIAL_PLANNING(new Text("ruimtelijke ordening", "spatial planning")),
    MOBILITY(new Text("mobiliteit", "mobility")),
    LEISURE(new Text("vrije tijd", "leisure")),
    ASSOCIATIONS(new Text("verenigingen", "associations")),
    LOCAL_GOVERNMENT(new Text("lokaal bestuur", "local government")),
    RETAIL(new Text("handel", "retail")),
    OTHER(new Text("andere", "other"));

    private final Text label;

    Sector(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public static Sector of(String name) {
        try {
            return name == null ? OTHER : valueOf(name);
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}
