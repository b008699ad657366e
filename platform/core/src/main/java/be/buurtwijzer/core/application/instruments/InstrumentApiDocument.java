package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.infrastructure.JsonSchemas;
import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import be.buurtwijzer.core.infrastructure.plugins.PluginRuntime;
import be.buurtwijzer.plugin.api.ExportSpec;
import be.buurtwijzer.plugin.api.OperationSpec;
import be.buurtwijzer.plugin.api.PlatformApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Comparator;
import java.util.Locale;

/**
 * An OpenAPI 3.1 document of the instruments running now: every operation with the schema of its
 * input and output, every export with its media type. Plugins come and go at runtime, so it is
 * built on request rather than once at start-up like the platform's own document.
 */
@ApplicationScoped
public class InstrumentApiDocument {

    @Inject
    PluginRuntime runtime;

    public JsonObject build() {
        JsonObjectBuilder paths = Json.createObjectBuilder();
        JsonObjectBuilder schemas = Json.createObjectBuilder();
        for (LoadedInstrument instrument : runtime.instruments().stream()
                .sorted(Comparator.comparing(LoadedInstrument::pluginId)).toList()) {
            JsonSchemas types = new JsonSchemas(instrument.pluginId());
            String base = "/api/v1/tenants/{tenant}/instruments/" + instrument.pluginId();
            String name = instrument.descriptor().name().in(Locale.ENGLISH);
            for (OperationSpec<?, ?> operation : instrument.operations()) {
                JsonObjectBuilder post = Json.createObjectBuilder()
                        .add("tags", Json.createArrayBuilder().add(instrument.pluginId()))
                        .add("operationId", instrument.pluginId() + "." + operation.name())
                        .add("summary", name + ": " + operation.label().in(Locale.ENGLISH))
                        .add("description", "Needs the permission " + operation.permission() + ".")
                        .add("parameters", Json.createArrayBuilder().add(tenantParameter()))
                        .add("requestBody", Json.createObjectBuilder().add("required", true).add("content",
                                json(types.of(operation.input()))))
                        .add("responses", Json.createObjectBuilder()
                                .add("200", Json.createObjectBuilder().add("description", "the operation's answer")
                                        .add("content", json(types.of(operation.output()))))
                                .add("400", problem("input refused, with the field"))
                                .add("403", problem("the caller's role lacks the permission"))
                                .add("404", problem("no such municipality for the caller, or instrument not enabled"))
                                .add("409", problem("a conflict, e.g. a stale version")));
                paths.add(base + "/operations/" + operation.name(), Json.createObjectBuilder().add("post", post));
            }
            for (ExportSpec export : instrument.exports()) {
                paths.add(base + "/exports/" + export.name(), Json.createObjectBuilder().add("get",
                        Json.createObjectBuilder()
                                .add("tags", Json.createArrayBuilder().add(instrument.pluginId()))
                                .add("operationId", instrument.pluginId() + ".export." + export.name())
                                .add("summary", name + ": " + export.label().in(Locale.ENGLISH))
                                .add("parameters", Json.createArrayBuilder().add(tenantParameter()))
                                .add("responses", Json.createObjectBuilder().add("200", Json.createObjectBuilder()
                                        .add("description", "the document").add("content", Json.createObjectBuilder()
                                                .add(export.mediaType(), Json.createObjectBuilder()))))));
            }
            types.components().forEach(schemas::add);
        }
        return Json.createObjectBuilder()
                .add("openapi", "3.1.0")
                .add("info", Json.createObjectBuilder().add("title", "Buurtwijzer instruments")
                        .add("version", PlatformApi.VERSION)
                        .add("description", "The operations and exports of the instruments running on this platform. "
                                + "Bodies are read strictly: wrong types, numbers out of range, duplicate keys, null in "
                                + "lists and control characters are refused with 400 naming the field."))
                .add("paths", paths)
                .add("components", Json.createObjectBuilder().add("schemas", schemas)
                        .add("securitySchemes", Json.createObjectBuilder().add("basic", Json.createObjectBuilder()
                                .add("type", "http").add("scheme", "basic"))))
                .add("security", Json.createArrayBuilder().add(Json.createObjectBuilder().add("basic",
                        Json.createArrayBuilder())))
                .build();
    }

    private static JsonObject tenantParameter() {
        return Json.createObjectBuilder().add("name", "tenant").add("in", "path").add("required", true)
                .add("schema", Json.createObjectBuilder().add("type", "string")).build();
    }

    private static JsonObject json(JsonObject schema) {
        return Json.createObjectBuilder().add("application/json", Json.createObjectBuilder().add("schema", schema))
                .build();
    }

    private static JsonObject problem(String description) {
        return Json.createObjectBuilder().add("description", description).add("content", Json.createObjectBuilder()
                .add("application/problem+json", Json.createObjectBuilder())).build();
    }
}
