package be.buurtwijzer.core.application.register;

/** What every register input carries: a name, and for an update the version it was based on. */
public interface RegisterInput {
    String name();

    Long version();
}
