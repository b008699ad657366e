package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.instruments.InstrumentApiDocument;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The OpenAPI document of the instruments running now (operations with input and output schemas, exports). */
@Path("v1/openapi/instruments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentApiResource {

    @Inject
    CurrentCaller caller;

    @Inject
    InstrumentApiDocument document;

    @GET
    public JsonObject instruments() {
        caller.get();
        return document.build();
    }
}
