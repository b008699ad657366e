package be.buurtwijzer.core.domain.identity;

import be.buurtwijzer.core.domain.shared.Labelled;

/** A role on the platform itself, beside any municipality membership. */
public enum PlatformRole implements Labelled {
    /** Runs the service: municipalities, their administrators, plugin approval. */
    PLATFORM_ADMIN,
    /** Member of a support organisation that publishes instruments. */
    PUBLISHER
}
