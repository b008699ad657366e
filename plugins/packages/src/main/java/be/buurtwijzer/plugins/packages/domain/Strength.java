package be.buurtwijzer.plugins.packages.domain;

import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;

/** How strongly two activities hang together (step 3), with its weight in the activity graph. */
public enum Strength {
    WEAK(1, new Text("zwak", "weak"), Intensity.SHARE_INFORMATION),
    MEDIUM(2, new Text("middel", "medium"), Intensity.ALIGN_ACTIVITIES),
    STRONG(3, new Text("sterk", "strong"), Intensity.CARRY_OUT_TOGETHER);

    private final int weight;
    private final Text label;
    private final Intensity intensity;

    Strength(int weight, Text label, Intensity intensity) {
        this.weight = weight;
        this.label = label;
        this.intensity = intensity;
    }

    public int weight() {
        return weight;
    }

    public Text label() {
        return label;
    }

    /**
     * The seed (step 3 of "Stilstaan bij samenwerken"): limited cohesion → refer and share information;
     * stronger → at least align, and perhaps carry out together.
     */
    public Intensity intensity() {
        return intensity;
    }
}
