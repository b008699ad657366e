package be.buurtwijzer.core.application.instruments;

import jakarta.validation.constraints.NotNull;

public record SubscriptionChange(@NotNull Boolean enabled, @NotNull Long version) {
}
