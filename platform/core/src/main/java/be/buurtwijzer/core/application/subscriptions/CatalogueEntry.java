package be.buurtwijzer.core.application.subscriptions;

import be.buurtwijzer.plugin.api.Text;
import java.time.Instant;
import java.util.List;

/** An instrument as a municipality sees it in the catalogue, with its own subscription. */
public record CatalogueEntry(String pluginId, String version, Text name, Text description, String icon,
        String category, String releaseNotes, List<PermissionView> permissions, List<String> operations,
        List<String> exports, List<String> recordKinds, SubscriptionView subscription) {

    public record PermissionView(String id, Text label, List<String> defaultRoles) {
    }

    /** {@code retainedUntil}: after unsubscribing, the data is kept until then and restored on re-subscription. */
    public record SubscriptionView(boolean subscribed, boolean enabled, Instant subscribedAt, Instant unsubscribedAt,
            Instant retainedUntil, long version) {
    }
}
