package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;

/** Who drives an initiative (Tabel 1, row "Drivers"). Volunteers are citizens, like neighbours. */
public enum Driver {
    NEIGHBOURS(new Text("buren", "neighbours")),
    VOLUNTEERS(new Text("vrijwilligers", "volunteers")),
    PROFESSIONALS(new Text("professionals", "professionals"));

    private final Text label;

    Driver(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public boolean isCitizen() {
        return this != PROFESSIONALS;
    }
}
