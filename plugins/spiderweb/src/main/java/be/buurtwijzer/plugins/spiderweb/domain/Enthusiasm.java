package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.Text;

/** "Zoek vonken (en vuur)": sparks are limited enthusiasm, fire is much. */
public enum Enthusiasm {
    SPARK(new Text("vonken", "sparks")),
    FIRE(new Text("vuur", "fire"));

    private final Text label;

    Enthusiasm(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
