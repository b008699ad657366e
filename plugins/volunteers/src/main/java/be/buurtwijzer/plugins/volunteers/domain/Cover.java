package be.buurtwijzer.plugins.volunteers.domain;

import be.buurtwijzer.plugin.api.Text;

/** What a volunteer insurance covers (the usual Belgian volunteer policy: the first is legally required). */
public enum Cover {
    CIVIL_LIABILITY(new Text("burgerlijke aansprakelijkheid", "civil liability")),
    BODILY_INJURY(new Text("lichamelijke schade", "bodily injury")),
    LEGAL_AID(new Text("rechtsbijstand", "legal aid"));

    private final Text label;

    Cover(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
