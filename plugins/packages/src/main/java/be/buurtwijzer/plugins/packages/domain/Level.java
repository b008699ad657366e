package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.Text;

/** The levels of coordination: deciding goals, deciding the working method, carrying out. */
public enum Level {
    STRATEGIC(new Text("strategisch", "strategic")),
    STRUCTURAL(new Text("structureel", "structural")),
    OPERATIONAL(new Text("operationeel", "operational"));

    private final Text label;

    Level(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
