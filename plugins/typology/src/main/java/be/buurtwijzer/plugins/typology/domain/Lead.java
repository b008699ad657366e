package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;

/** Who leads among the drivers: the difference between "professionals if needed" and "professionals; neighbours if possible". */
public enum Lead {
    CITIZENS(new Text("buren of vrijwilligers trekken, professionals ondersteunen indien nodig",
            "neighbours or volunteers lead, professionals support if needed")),
    SHARED(new Text("buren en professionals trekken samen", "neighbours and professionals lead together")),
    PROFESSIONALS(new Text("professionals trekken, buren doen mee indien mogelijk en wenselijk",
            "professionals lead, neighbours join if possible and desirable"));

    private final Text label;

    Lead(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
