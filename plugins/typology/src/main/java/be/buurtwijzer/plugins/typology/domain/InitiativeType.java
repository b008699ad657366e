package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;

/** The three kinds of (sub-)initiatives of Tabel 1 (seed 003, §2). */
public enum InitiativeType {
    WARM_NEIGHBOUR(new Text("warm en zorgzaam bureninitiatief", "warm and caring neighbour initiative")),
    CARING_NEIGHBOURHOOD(new Text("zorgzaam buurtinitiatief", "caring neighbourhood initiative")),
    NEIGHBOURHOOD_CARE(new Text("buurtgericht zorginitiatief", "neighbourhood-oriented care initiative"));

    private final Text label;

    InitiativeType(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
