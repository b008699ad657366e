package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;

/** The five scales of DOMAIN.md, smallest first; the names are those of the shared register. */
public enum Scale {
    LIVED_NEIGHBOURHOOD(new Text("geleefde buurt", "lived neighbourhood")),
    GEOGRAPHIC_NEIGHBOURHOOD(new Text("geografische buurt", "geographic neighbourhood")),
    MUNICIPALITY(new Text("gemeente/stad + rand", "municipality/city + fringe")),
    LOCAL_REGION(new Text("lokale regio", "local region")),
    SUPRA_LOCAL_REGION(new Text("bovenlokale regio", "supra-local region"));

    private final Text label;

    Scale(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** A lived or geographic neighbourhood: the area of professionals "met buurt(en) als werkingsgebied". */
    public boolean isNeighbourhood() {
        return ordinal() <= GEOGRAPHIC_NEIGHBOURHOOD.ordinal();
    }

    /** How many steps this scale is above {@code other} (negative when below). */
    public int stepsAbove(Scale other) {
        return ordinal() - other.ordinal();
    }
}
