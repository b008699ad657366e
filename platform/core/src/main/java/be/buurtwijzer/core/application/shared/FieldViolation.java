package be.buurtwijzer.core.application.shared;

public record FieldViolation(String field, String message) {
}
