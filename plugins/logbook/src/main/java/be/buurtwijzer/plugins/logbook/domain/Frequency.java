package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.Text;

/** How often an indicator is measured. */
public enum Frequency {
    ONCE(new Text("eenmalig", "once")),
    MONTHLY(new Text("maandelijks", "monthly")),
    QUARTERLY(new Text("per kwartaal", "quarterly")),
    HALF_YEARLY(new Text("halfjaarlijks", "every six months")),
    YEARLY(new Text("jaarlijks", "yearly"));

    private final Text label;

    Frequency(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
