package be.buurtwijzer.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Buurtwijzer API", version = "1",
                description = "Municipalities (tenants), their members, the shared register of neighbourhoods, actors "
                        + "and initiatives, and the audit trail. Every call needs HTTP Basic authentication. "
                        + "Errors are application/problem+json (RFC 9457). Bodies are read strictly (I-JSON): wrong "
                        + "types, numbers out of range, duplicate keys, trailing content and control characters in "
                        + "text are refused with 400 naming the field. The instruments' operations, with the schema "
                        + "of their input and output, are in a document of their own at /api/v1/openapi/instruments "
                        + "(they change as plugins are published)."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
