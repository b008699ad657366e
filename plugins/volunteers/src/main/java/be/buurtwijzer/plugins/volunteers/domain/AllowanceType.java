package be.buurtwijzer.plugins.volunteers.domain;

import be.buurtwijzer.plugin.api.Text;

/**
 * How a volunteer is paid back (Belgian volunteer law, wet van 3 juli 2005): a flat-rate allowance without
 * proof, or the real costs with proof. Real transport costs are a case of their own: combinable with the
 * flat rate up to a number of kilometres a year.
 */
public enum AllowanceType {
    FLAT_RATE(new Text("forfaitaire onkostenvergoeding", "flat-rate allowance")),
    REAL_COSTS(new Text("reële kosten (met bewijs)", "real costs (with proof)")),
    REAL_TRANSPORT(new Text("reële vervoerskosten", "real transport costs"));

    private final Text label;

    AllowanceType(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
