package be.buurtwijzer.rest.resources;

import be.buurtwijzer.core.application.register.ListQuery;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What the register resources share: reading a list query, answering a create. */
final class RegisterRequests {

    private static final Set<String> PAGING = Set.of("q", "page", "size", "sort");

    private RegisterRequests() {
    }

    /** Paging parameters plus every other query parameter as a filter by name. */
    static ListQuery listQuery(UriInfo uriInfo) {
        MultivaluedMap<String, String> params = uriInfo.getQueryParameters();
        Map<String, String> filters = new HashMap<>();
        params.forEach((name, values) -> {
            if (!PAGING.contains(name) && !values.isEmpty()) {
                filters.put(name, values.get(0));
            }
        });
        return new ListQuery(params.getFirst("q"), filters, params.getFirst("page"), params.getFirst("size"),
                params.getFirst("sort"));
    }

    static Response created(UriInfo uriInfo, String id, Object entity) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(id).build()).entity(entity).build();
    }
}
