package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.Text;

/** The participation ladder: how each partner wants to be involved. */
public enum Participation {
    INFORM(new Text("informeren", "inform")),
    CONSULT(new Text("raadplegen", "consult")),
    ADVISE(new Text("adviseren", "advise")),
    COPRODUCE(new Text("coproduceren", "co-produce")),
    CODECIDE(new Text("meebeslissen", "co-decide"));

    private final Text label;

    Participation(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
