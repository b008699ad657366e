package be.buurtwijzer.plugin.api;

import java.util.Objects;

/**
 * Something in a municipality's work with an instrument that asks a person to act, in the words of the
 * instrument's method, e.g. "Buurtcafé De Linde rust op één persoon" (since 1.6). The home page lists
 * these for every enabled instrument; {@code route} names the instrument's page (a {@code ViewSpec.route()} of its {@code InstrumentUi})
 * where it can be acted on, or is null for the instrument's first page.
 */
public record Attention(Text message, String route) {

    public Attention {
        Objects.requireNonNull(message, "message");
    }

    /** What needs attention, found for one municipality in its instrument's context. */
    @FunctionalInterface
    public interface Finder {
        java.util.List<Attention> find(InstrumentContext context);
    }

    /** The finder of an instrument, and the permission a person needs to be shown what it finds. */
    public record Spec(String permission, Finder finder) {

        public Spec {
            Objects.requireNonNull(finder, "finder");
        }
    }
}
