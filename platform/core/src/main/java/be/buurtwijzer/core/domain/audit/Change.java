package be.buurtwijzer.core.domain.audit;

/** One field's value before and after; {@code from} is null on create, {@code to} on delete. */
public record Change(Object from, Object to) {
}
