package be.buurtwijzer.plugins.logbook.domain;

import be.buurtwijzer.plugin.api.Text;

/** Whom an outcome is about (toolbox Zorgzame Buurten, Figuur 3): the residents, the partners, or one's own organisation. */
public enum Aspect {
    RESIDENTS(new Text("Met betrekking tot de buurt(bewoners)", "About the neighbourhood and its residents")),
    PARTNERS(new Text("Met betrekking tot partners", "About partners")),
    EXTERNAL_PARTNERS(new Text("Met betrekking tot externe partners", "About external partners")),
    OWN_ORGANISATION(new Text("Met betrekking tot de eigen organisatie", "About one's own organisation"));

    private final Text label;

    Aspect(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
