package be.buurtwijzer.core.application.privacy;

import jakarta.validation.constraints.NotNull;

/** A municipality's own retention for a kind of record, in days; null days to go back to the plugin's. */
public record RetentionChange(@NotNull Integer days) {
}
