package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;

/** The goals of Tabel 1, row "Doel". */
public enum Goal {
    MEETING(new Text("ontmoeting", "meeting")),
    SMALL_HELP(new Text("het kleine helpen", "small help")),
    PROMOTING_CARING(new Text("zorgzaamheid bevorderen", "promoting caring")),
    CARE_AND_SUPPORT(new Text("zorg en ondersteuning", "care and support"));

    private final Text label;

    Goal(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
