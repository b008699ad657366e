package be.buurtwijzer.plugins.typology.domain;

import be.buurtwijzer.plugin.api.Text;

/**
 * One of the seed's warnings or pieces of advice, about one initiative or (with a null initiative)
 * about the portfolio as a whole.
 */
public record Warning(Kind kind, Level level, String initiativeId, String initiativeName, Text message) {

    public enum Kind {
        SCALE_GAP, CARE_BY_NEIGHBOURS_ONLY, CORE_GROUP_DECIDES_ALL, CORE_GROUP_DOES_EVERYTHING, RESTS_ON_ONE_PERSON,
        DO_NOT_FORCE, NO_LINKS, NOT_CLASSIFIED, MANY_STARTING_AT_ONCE, PILLAR_BALANCE
    }

    /** A warning asks to act; advice asks to consider. */
    public enum Level {
        WARNING, ADVICE
    }

    public boolean aboutPortfolio() {
        return initiativeId == null;
    }
}
