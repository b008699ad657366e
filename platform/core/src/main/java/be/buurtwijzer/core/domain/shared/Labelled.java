package be.buurtwijzer.core.domain.shared;

/**
 * A value of a value set of the domain. Its labels live in the {@code labels} bundles beside
 * this class, keyed by {@link #labelKey()}, so that the value sets stay data and translatable.
 */
public interface Labelled {
    String name();

    default String labelKey() {
        return getClass().getSimpleName() + "." + name();
    }
}
