package be.buurtwijzer.core.domain.register;

import be.buurtwijzer.core.domain.shared.Labelled;

/** A lived neighbourhood (geleefde buurt) as residents experience it, or a geographic one. */
public enum NeighbourhoodKind implements Labelled {
    LIVED, GEOGRAPHIC
}
