package be.buurtwijzer.plugin.api;

import java.util.Map;

/**
 * A named document, e.g. a CSV or a PDF, produced on request.
 *
 * @param mediaType e.g. {@code text/csv}, {@code application/pdf}, {@code image/svg+xml}
 * @param fileExtension without the dot, for the download's file name
 */
public record ExportSpec(String name, Text label, String mediaType, String fileExtension, String permission,
        Producer producer) {

    @FunctionalInterface
    public interface Producer {
        /** @param parameters the query parameters of the request */
        byte[] produce(InstrumentContext context, Map<String, String> parameters);
    }
}
