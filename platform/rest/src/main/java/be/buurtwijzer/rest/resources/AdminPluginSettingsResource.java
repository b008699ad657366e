package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.instruments.PluginSettingsService;
import be.buurtwijzer.core.application.instruments.PluginSettingsService.SettingChange;
import be.buurtwijzer.core.application.instruments.PluginSettingsService.SettingView;
import be.buurtwijzer.rest.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Values platform administrators set for plugins, the same for every municipality, without a release (e.g.
 * the volunteer instrument's legal caps of a new year): {@code {"value": "<JSON>", "version": n}}.
 */
@Path("v1/admin/plugin-settings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminPluginSettingsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    PluginSettingsService settings;

    @Context
    HttpHeaders headers;

    @GET
    public List<SettingView> list() {
        return settings.list(caller.get(), Languages.of(headers));
    }

    @PUT
    @Path("{plugin}/{key}")
    public SettingView change(@PathParam("plugin") String plugin, @PathParam("key") String key, SettingChange change) {
        return settings.change(caller.get(), plugin, key, change);
    }
}
