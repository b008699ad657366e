package be.buurtwijzer.plugin.api.vocabulary;

import be.buurtwijzer.plugin.api.Text;

/** Collaboration intensity (samenwerkingsintensiteit), low to high, as DOMAIN.md names it. */
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

    /** 1 for refer to 4 for carrying out together. */
    public int level() {
        return ordinal() + 1;
    }
}
