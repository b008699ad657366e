package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.Text;

/** A stimulating (ladder) or inhibiting (whirlpool) factor for collaboration. */
public record Factor(String id, Kind kind, Text label, boolean fromSeed) {

    public enum Kind {
        STIMULATING(new Text("stimulerend", "stimulating")),
        INHIBITING(new Text("remmend", "inhibiting"));

        private final Text label;

        Kind(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }
}
