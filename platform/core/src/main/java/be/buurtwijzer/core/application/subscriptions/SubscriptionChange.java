package be.buurtwijzer.core.application.subscriptions;

import jakarta.validation.constraints.NotNull;

public record SubscriptionChange(@NotNull Boolean enabled, @NotNull Long version) {
}
