package vn.ocop.portal.platform.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.ChangedMeanwhile;
import vn.ocop.portal.platform.entity.NotFound;
import vn.ocop.portal.platform.entity.Refused;

/** Turns every failure of the API into a JSON error with a reason; a client never sees a stack trace. */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    static Response map(Throwable failure) {
        if (failure instanceof EJBAccessException || failure.getCause() instanceof EJBAccessException) {
            // A boundary's @RolesAllowed refused a signed-in caller.
            return ApiError.response(Response.Status.FORBIDDEN, Forbidden.REASON);
        }
        Throwable cause = failure instanceof EJBException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof NotFound) {
            return ApiError.response(Response.Status.NOT_FOUND, cause.getMessage());
        }
        if (cause instanceof ChangedMeanwhile) {
            return ApiError.response(Response.Status.CONFLICT, cause.getMessage());
        }
        if (cause instanceof Refused refused && PublicForms.TOO_MANY.equals(refused.key())) {
            return ApiError.response(Response.Status.TOO_MANY_REQUESTS, cause.getMessage());
        }
        if (cause instanceof BusinessException) {
            return ApiError.response(Response.Status.BAD_REQUEST, cause.getMessage());
        }
        if (cause instanceof ConstraintViolationException violations) {
            return ApiError.response(Response.Status.BAD_REQUEST, violations.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted().collect(Collectors.joining("; ")));
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException && cause.getCause() instanceof JsonbException) {
            return ApiError.response(Response.Status.BAD_REQUEST, "The request body is not JSON of the expected shape: "
                + (cause instanceof JsonbException ? cause : cause.getCause()).getMessage());
        }
        if (cause instanceof ForbiddenException) {
            return ApiError.response(Response.Status.FORBIDDEN, Forbidden.REASON);
        }
        if (cause instanceof NotAuthorizedException) {
            return Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED, "Sign in with HTTP Basic."))
                .header("WWW-Authenticate", "Basic realm=\"OCOP portal\", charset=\"UTF-8\"").build();
        }
        if (cause instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return ApiError.response(Response.Status.fromStatusCode(status.getStatusCode()) == null
                ? Response.Status.BAD_REQUEST : Response.Status.fromStatusCode(status.getStatusCode()), status.getReasonPhrase());
        }
        LOG.log(Level.SEVERE, "API request failed", cause);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "The portal could not answer; the error was logged.");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @Provider
    public static class Any implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable failure) {
            return map(failure);
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException failure) {
            return map(failure);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException failure) {
            return map(failure);
        }
    }
}
