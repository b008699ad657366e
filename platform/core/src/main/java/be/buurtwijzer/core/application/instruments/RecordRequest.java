package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** The body of a record write, {@code {"version": n, "value": {…}}}, read only after the gate was passed. */
record RecordRequest(Long version, String value) {

    static RecordRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        JsonObject request;
        try (var reader = Json.createReader(new StringReader(body))) {
            request = reader.readObject();
        } catch (JsonParsingException e) {
            throw InvalidInputException.of("body", "is not well-formed JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (RuntimeException e) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        JsonValue value = request.get("value");
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.of("value", "must be a JSON object with the document");
        }
        JsonValue version = request.get("version");
        if (version != null && version.getValueType() != JsonValue.ValueType.NUMBER
                && version.getValueType() != JsonValue.ValueType.NULL) {
            throw InvalidInputException.of("version", "must be a number");
        }
        Long number = version == null || version.getValueType() == JsonValue.ValueType.NULL ? null
                : request.getJsonNumber("version").longValue();
        return new RecordRequest(number, value.toString());
    }
}
