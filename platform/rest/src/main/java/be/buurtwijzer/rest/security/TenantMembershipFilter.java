package be.buurtwijzer.rest.security;

import be.buurtwijzer.core.application.access.MembershipCheck;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Resolves the municipality of a {@code /tenants/{tenant}/…} request and checks the caller's
 * membership before anything else happens, reading the body included: a non-member gets the same
 * 404 whatever they send, as for a municipality that does not exist. The services check role and
 * status again for what they do.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantMembershipFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller caller;

    @Inject
    MembershipCheck membership;

    @Override
    public void filter(ContainerRequestContext request) {
        String slug = request.getUriInfo().getPathParameters().getFirst("tenant");
        if (slug != null) {
            membership.requireMember(caller.getAllowingOneTimePassword(), slug);
        }
    }
}
