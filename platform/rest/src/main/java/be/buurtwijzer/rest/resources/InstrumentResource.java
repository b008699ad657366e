package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.subscriptions.CatalogueEntry;
import be.buurtwijzer.core.application.instruments.InstrumentCalls;
import be.buurtwijzer.core.application.instruments.RecordRow;
import be.buurtwijzer.core.application.subscriptions.SubscriptionChange;
import be.buurtwijzer.core.application.subscriptions.SubscriptionService;
import be.buurtwijzer.core.application.shared.Page;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A municipality's instruments: the catalogue and subscriptions, and each instrument's operations, exports and records. */
@Path("v1/tenants/{tenant}/instruments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    @Inject
    CurrentCaller caller;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    InstrumentCalls calls;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The catalogue with this municipality's subscriptions",
            description = "A tenant administrator sees every published instrument; other members the enabled ones.")
    public List<CatalogueEntry> catalogue(@PathParam("tenant") String tenant) {
        return subscriptions.catalogue(caller.get(), tenant);
    }

    @POST
    @Path("{plugin}/subscription")
    @Operation(summary = "Subscribe (enabled at once); within the retention period the kept data comes back")
    public Response subscribe(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin) {
        return Response.status(Response.Status.CREATED).entity(subscriptions.subscribe(caller.get(), tenant, plugin))
                .build();
    }

    @PUT
    @Path("{plugin}/subscription")
    @Operation(summary = "Enable or disable; disabled is invisible and uncallable, its data is kept")
    public CatalogueEntry change(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            SubscriptionChange change) {
        return subscriptions.change(caller.get(), tenant, plugin, change);
    }

    @DELETE
    @Path("{plugin}/subscription")
    @Operation(summary = "Unsubscribe; the data is kept until retainedUntil, then purged")
    public CatalogueEntry unsubscribe(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin) {
        return subscriptions.unsubscribe(caller.get(), tenant, plugin);
    }

    @POST
    @Path("{plugin}/operations/{name}")
    @Operation(summary = "Call an operation of the instrument with its JSON input")
    public Response operation(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("name") String name, String body) {
        return Response.ok(calls.operation(caller.get(), tenant, plugin, name, body), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("{plugin}/exports/{name}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an export of the instrument (CSV, PDF, SVG, …)")
    public Response export(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("name") String name) {
        Map<String, String> parameters = new HashMap<>();
        uriInfo.getQueryParameters().forEach((k, v) -> parameters.put(k, v.isEmpty() ? "" : v.get(0)));
        InstrumentCalls.Document document = calls.export(caller.get(), tenant, plugin, name, parameters);
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"").build();
    }

    @POST
    @Path("{plugin}/files/{kind}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a file of one of the instrument's file kinds (the body is the file; ?name= its name)",
            description = "Refused (400, nothing stored) when too large, of a type the kind does not accept judged by "
                    + "its content, or not what its name says. Pictures lose their location and camera data.")
    public Response uploadFile(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, @QueryParam("name") String name, byte[] body) {
        var stored = calls.storeFile(caller.get(), tenant, plugin, kind, name, body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(stored.id()).build()).entity(stored).build();
    }

    @GET
    @Path("{plugin}/files/{kind}/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file")
    public Response file(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, @PathParam("id") String id) {
        return file(calls.file(caller.get(), tenant, plugin, kind, id, false));
    }

    @GET
    @Path("{plugin}/files/{kind}/{id}/thumbnail")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A picture's thumbnail (PNG, at most 320 pixels)")
    public Response thumbnail(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, @PathParam("id") String id) {
        return file(calls.file(caller.get(), tenant, plugin, kind, id, true));
    }

    @DELETE
    @Path("{plugin}/files/{kind}/{id}")
    @Operation(summary = "Delete a file")
    public Response deleteFile(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, @PathParam("id") String id) {
        calls.deleteFile(caller.get(), tenant, plugin, kind, id);
        return Response.noContent().build();
    }

    private static Response file(InstrumentCalls.Document document) {
        String safeName = document.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(document.content(), document.mediaType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"").build();
    }

    @GET
    @Path("{plugin}/records/{kind}")
    @Operation(summary = "The instrument's stored documents of one kind, newest first")
    public Response records(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, @QueryParam("page") String page, @QueryParam("size") String size) {
        Page<RecordRow> rows = calls.listRecords(caller.get(), tenant, plugin, kind, page, size);
        var items = Json.createArrayBuilder();
        rows.items().forEach(r -> items.add(json(r)));
        return Response.ok(Json.createObjectBuilder().add("items", items).add("page", rows.page())
                .add("size", rows.size()).add("total", rows.total()).build()).build();
    }

    @GET
    @Path("{plugin}/records/{kind}/{id}")
    public JsonObject record(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, @PathParam("id") String id) {
        return json(calls.getRecord(caller.get(), tenant, plugin, kind, id));
    }

    @POST
    @Path("{plugin}/records/{kind}")
    @Operation(summary = "Store a document: {\"value\": {…}}")
    public Response createRecord(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, String body) {
        RecordRow row = calls.createRecord(caller.get(), tenant, plugin, kind, body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(row.id()).build()).entity(json(row)).build();
    }

    @PUT
    @Path("{plugin}/records/{kind}/{id}")
    @Operation(summary = "Replace a document: {\"version\": n, \"value\": {…}}; a stale version answers 409")
    public JsonObject updateRecord(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, @PathParam("id") String id, String body) {
        return json(calls.updateRecord(caller.get(), tenant, plugin, kind, id, body));
    }

    @DELETE
    @Path("{plugin}/records/{kind}/{id}")
    public Response deleteRecord(@PathParam("tenant") String tenant, @PathParam("plugin") String plugin,
            @PathParam("kind") String kind, @PathParam("id") String id) {
        calls.deleteRecord(caller.get(), tenant, plugin, kind, id);
        return Response.noContent().build();
    }

    private static JsonObject json(RecordRow row) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", row.id()).add("kind", row.kind())
                .add("version", row.version()).add("schemaVersion", row.schemaVersion())
                .add("createdAt", row.createdAt().toString()).add("createdBy", row.createdBy())
                .add("updatedAt", row.updatedAt().toString()).add("updatedBy", row.updatedBy());
        try (var reader = Json.createReader(new StringReader(row.json()))) {
            b.add("value", reader.readValue());
        }
        return b.build();
    }
}
