package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.Text;

/** Collaboration intensity, low to high (DOMAIN.md; seed 003 "Samenwerken: kort en krachtig"): the web's rings. */
public enum Intensity {
    REFER(new Text("doorverwijzen", "refer")),
    SHARE_INFORMATION(new Text("informatie delen", "share information")),
    ALIGN_ACTIVITIES(new Text("activiteiten afstemmen", "align activities")),
    CARRY_OUT_TOGETHER(new Text("samen activiteiten uitvoeren", "carry out activities together"));

    private final Text label;

    Intensity(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** 1 for refer (outer ring) to 4 for carrying out together (inner ring). */
    public int level() {
        return ordinal() + 1;
    }
}
