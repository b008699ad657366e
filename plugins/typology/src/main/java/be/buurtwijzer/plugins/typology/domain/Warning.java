package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;

/** One of the seed's warnings about an initiative in the portfolio. */
public record Warning(Kind kind, String initiativeId, String initiativeName, Text message) {

    public enum Kind {
        SCALE_GAP, CARE_BY_NEIGHBOURS_ONLY, CORE_GROUP_DECIDES_ALL, NO_LINKS, NOT_CLASSIFIED
    }
}
