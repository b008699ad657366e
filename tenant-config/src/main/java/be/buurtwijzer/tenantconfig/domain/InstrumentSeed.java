package be.buurtwijzer.tenantconfig.domain;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One operation of an instrument to run when the municipality is first subscribed to it, so a
 * demo municipality starts with the instrument filled in. In {@code body}, {@code ${initiative:Name}},
 * {@code ${actor:Name}} and {@code ${neighbourhood:Name}} stand for the register entry's id, and
 * {@code ${result:key.field}} for a field of the answer of an earlier seed that was given {@code as: key}
 * (a whole JSON string {@code "${result:key.version}"} becomes the value itself, e.g. a number).
 */
public record InstrumentSeed(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*", message = "must be a plugin id") String instrument,
        @NotBlank @Size(max = 100) String operation,
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9]*", message = "must be a simple name") String as,
        JsonObject body) {
}
