package be.buurtwijzer.plugin.api.vocabulary;

import be.buurtwijzer.plugin.api.Text;

/**
 * Scale or operating area (schaal, werkingsgebied), smallest first, as DOMAIN.md and the shared
 * register name them; the order is meaningful.
 */
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

    /** A lived or geographic neighbourhood. */
    public boolean isNeighbourhood() {
        return ordinal() <= GEOGRAPHIC_NEIGHBOURHOOD.ordinal();
    }

    /** How many steps this scale is above {@code other} (negative when below). */
    public int stepsAbove(Scale other) {
        return ordinal() - other.ordinal();
    }
}
