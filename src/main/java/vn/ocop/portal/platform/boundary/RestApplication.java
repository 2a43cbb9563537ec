package vn.ocop.portal.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public JSON API, version 1. Its description is served at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "OCOP portal API", version = "1",
    description = "Certified OCOP products, producers and certificates, for apps and open data. "
        + "Errors are JSON: {\"error\": \"reason\"}.",
    license = @License(name = "Apache-2.0")))
@SecurityScheme(securitySchemeName = "admin", type = SecuritySchemeType.HTTP, scheme = "basic",
    description = "An administrator account of the OCOP office")
public class RestApplication extends Application {
}
