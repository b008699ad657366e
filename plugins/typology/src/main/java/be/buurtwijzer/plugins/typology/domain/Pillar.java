package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;

/**
 * The three pillars the Flemish government puts forward for caring neighbourhoods (seed 001, "Wat is
 * een Zorgzame buurt?"). What an initiative contributes is read from its typology answers; it is a
 * first indication for the portfolio, not a verdict on the initiative.
 */
public enum Pillar {
    /** "participatie van de buurt": neighbours or volunteers drive it. */
    PARTICIPATION(new Text("participatie van de buurt", "participation of the neighbourhood")),
    /** "linken leggen tussen informele en formele zorg": citizens and professionals drive it together. */
    INFORMAL_FORMAL_LINKS(new Text("linken tussen informele en formele zorg", "links between informal and formal care")),
    /**
     * "welzijns- en zorgpartners laten samenwerken met mekaar en met andere partners": professionals
     * drive it with a goal of promoting caring or of care and support.
     */
    PARTNER_COLLABORATION(new Text("samenwerking tussen zorg- en welzijnspartners",
            "collaboration between care and welfare partners"));

    private final Text label;

    Pillar(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public boolean carriedBy(Answers a) {
        boolean professionals = a.drivers().contains(Driver.PROFESSIONALS);
        return switch (this) {
            case PARTICIPATION -> a.involvesCitizens();
            case INFORMAL_FORMAL_LINKS -> a.involvesCitizens() && professionals;
            case PARTNER_COLLABORATION -> professionals
                    && (a.goals().contains(Goal.PROMOTING_CARING) || a.goals().contains(Goal.CARE_AND_SUPPORT));
        };
    }
}
