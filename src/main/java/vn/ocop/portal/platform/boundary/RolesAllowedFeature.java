package vn.ocop.portal.platform.boundary;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Makes {@code @RolesAllowed} on REST resources (plain CDI beans, which nothing else checks) the real check: a
 * caller without one of the roles gets {@code 403 {"error": ...}}, an anonymous one 401. The method's annotation wins
 * over the class's, as for EJBs. Written against the JAX-RS API alone, so it does not hang on whether the runtime
 * registers Jersey's own feature.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String[] roles = rolesOf(resource.getResourceMethod());
        if (roles == null) {
            roles = rolesOf(resource.getResourceClass());
        }
        if (roles != null) {
            context.register(new Check(roles));
        }
    }

    /** The roles an element admits: null when it says nothing, none for {@code @DenyAll}, "*" for {@code @PermitAll}. */
    private static String[] rolesOf(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return new String[0];
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return new String[] {"*"};
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? null : allowed.value();
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {
        private final String[] roles;

        Check(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (roles.length == 1 && "*".equals(roles[0])) {
                return;
            }
            SecurityContext caller = request.getSecurityContext();
            if (caller.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Sign in with HTTP Basic.", "Basic realm=\"OCOP portal\"");
            }
            if (Arrays.stream(roles).noneMatch(caller::isUserInRole)) {
                throw new ForbiddenException(Forbidden.REASON);
            }
        }
    }
}
