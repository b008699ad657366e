package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;

/** How a caring neighbourhood initiative can be structured (seed 003, §2: actiegroepen, buurtplatform, kerngroep). */
public enum Structure {
    ACTION_GROUPS(new Text("actiegroepen", "action groups")),
    NEIGHBOURHOOD_PLATFORM(new Text("buurtplatform", "neighbourhood platform")),
    CORE_GROUP(new Text("kerngroep", "core group"));

    private final Text label;

    Structure(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
