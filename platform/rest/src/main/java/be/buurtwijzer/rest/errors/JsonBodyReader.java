package be.buurtwijzer.rest.errors;

import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.infrastructure.Json;
import be.buurtwijzer.core.infrastructure.StrictJson;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads the platform's input records strictly ({@link StrictJson}: wrong types, numbers out of
 * range, duplicate keys, trailing content and control characters are refused naming the field),
 * then binds them with JSON-B.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("be.buurtwijzer.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String body = new String(entity.readAllBytes(), StandardCharsets.UTF_8);
        String checked = StrictJson.check(body, genericType);
        try {
            return Json.read(checked, genericType);
        } catch (JsonbException e) {
            throw InvalidInputException.of("body", "could not be read for this request");
        }
    }
}
