package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.Text;

/** Who decides: the seed's hierarchical (central) or decentral coordination. */
public enum Coordination {
    HIERARCHICAL(new Text("hiërarchisch (centraal)", "hierarchical (central)")),
    DECENTRAL(new Text("decentraal", "decentral"));

    private final Text label;

    Coordination(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** Step 4: complex or changeable → decentral; simple and stable → hierarchical. */
    public static Coordination forChallenge(boolean complex, boolean changeable) {
        return complex || changeable ? DECENTRAL : HIERARCHICAL;
    }
}
