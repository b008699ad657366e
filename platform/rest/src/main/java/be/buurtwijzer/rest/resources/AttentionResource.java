package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.instruments.InstrumentCalls;
import be.buurtwijzer.core.application.subscriptions.SubscriptionService;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the municipality's enabled instruments ask attention for: the home page's list, for the API. */
@Path("v1/tenants/{tenant}/attention")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttentionResource {

    @Inject
    CurrentCaller caller;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    InstrumentCalls calls;

    @Context
    HttpHeaders headers;

    /** One thing to act on: the instrument and its message in the asked language, and the instrument's page for it. */
    public record Item(String instrument, String instrumentName, String message, String route) {
    }

    @GET
    @Operation(summary = "Warnings and signals of the enabled instruments that ask someone to act",
            description = "Only instruments the caller may see; the message is in the language of Accept-Language.")
    public List<Item> attention(@PathParam("tenant") String tenant) {
        Locale locale = Languages.of(headers);
        var caller = this.caller.get();
        return calls.attention(caller, tenant, subscriptions.enabledPluginIds(caller, tenant)).stream()
                .map(n -> new Item(n.pluginId(), n.instrumentName().in(locale), n.message().in(locale), n.route()))
                .toList();
    }
}
