package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.shared.Page;
import be.buurtwijzer.core.infrastructure.Json;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a page of a list as JSON, and writes the same page object only once: the register serves a page it keeps
 * ({@code ListPages}) as the same object until its municipality's register changes, so its JSON is kept beside it
 * for as long as the page itself is kept (weak keys, compared by identity). Writing the JSON was the largest part
 * of a kept list's CPU after the two reads that check the caller's rights (deployment/bench/RESULTS.md).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class PageJsonWriter implements MessageBodyWriter<Page<?>> {

    /** The JSON of at most this many bytes together; a page's is a few kB to a few hundred. */
    static final long MAX_BYTES = 32L << 20;

    private final Cache<Page<?>, byte[]> written = Caffeine.newBuilder().weakKeys()
            .maximumWeight(MAX_BYTES).weigher((Page<?> page, byte[] json) -> json.length).build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Page<?> page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        byte[] json = json(page, genericType);
        headers.putSingle("Content-Length", json.length);
        entity.write(json);
    }

    byte[] json(Page<?> page, Type genericType) {
        return written.get(page, p -> Json.write(p, genericType).getBytes(StandardCharsets.UTF_8));
    }
}
