package vn.ocop.portal.account.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import vn.ocop.portal.account.control.LoginThrottle;

/**
 * The portal's one authentication mechanism, since Jakarta Security 3 allows only one per application: HTTP Basic
 * for the API (no session, a 401 with a JSON reason), form login for pages (a new session id at login, then the
 * session carries the caller). Anonymous visitors of public pages never get a session from here.
 * <p>
 * Both pass the {@link LoginThrottle} first: a locked username or address is refused without its password being
 * checked (the form shows why; the API answers 429). A session stays signed in only while its account is enabled
 * with the password and role it signed in with, so a disable or reset takes effect on the next request.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String CALLER = PortalAuthentication.class.getName() + ".caller";
    /** Set on the request when the throttle refused a form login: until when, an {@link Instant}. */
    static final String THROTTLED = PortalAuthentication.class.getName() + ".throttled";
    public static final String LOGIN_PAGE = "/login";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return basic(request, response, context);
        }
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return formLogin(request, response, context, submitted);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedIn caller) {
            if (accounts.sessionStamp(caller.name()).filter(caller.stamp()::equals).isPresent()) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context, Credential submitted) {
        String username = submitted instanceof UsernamePasswordCredential login ? login.getCaller() : null;
        Optional<Instant> refused = throttle.refusedUntil(username, request.getRemoteAddr());
        if (refused.isPresent()) {
            request.setAttribute(THROTTLED, refused.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = validate(submitted, username, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login: a session fixed by an attacker before login is worth nothing after it.
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        sameSite(request, response);
        String name = result.getCallerPrincipal().getName();
        session.setAttribute(CALLER, new SignedIn(name, Set.copyOf(result.getCallerGroups()),
            accounts.sessionStamp(name).orElse("")));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Payara 6 leaves SessionCookieConfig's attributes out of the session cookie, so the cookie of the signed-in
     * session, issued just now by changeSessionId, gets its SameSite=Lax here. (The listener-wide setting of Payara
     * writes the attribute twice, on every cookie.) Sessions from before sign-in hold only view state.
     */
    private static void sameSite(HttpServletRequest request, HttpServletResponse response) {
        String prefix = request.getServletContext().getSessionCookieConfig().getName() + "=";
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String fixed = cookie.startsWith(prefix) && !cookie.toLowerCase(Locale.ROOT).contains("samesite=")
                ? cookie + "; SameSite=Lax" : cookie;
            if (i == 0) {
                response.setHeader("Set-Cookie", fixed);
            } else {
                response.addHeader("Set-Cookie", fixed);
            }
        }
    }

    /**
     * After the caller changed their own password: the session stays signed in with the new one (other sessions of
     * the account end at their next request).
     */
    static void keepSignedIn(HttpServletRequest request, String stamp) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedIn caller) {
            session.setAttribute(CALLER, new SignedIn(caller.name(), caller.groups(), stamp));
        }
    }

    private CredentialValidationResult validate(Credential credential, String username, HttpServletRequest request) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username, request.getRemoteAddr());
        }
        return result;
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? challenge(response, "Sign in with HTTP Basic as an administrator.")
                : context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, "The Authorization header is not valid Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, "The Authorization header is not valid Basic credentials.");
        }
        String username = decoded.substring(0, colon);
        Optional<Instant> refused = throttle.refusedUntil(username, request.getRemoteAddr());
        if (refused.isPresent()) {
            return tooManyAttempts(response, refused.get());
        }
        CredentialValidationResult result = validate(
            new UsernamePasswordCredential(username, decoded.substring(colon + 1)), username, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, "Wrong user name or password.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Instant until) {
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        return error(response, "Too many failed sign-ins for this user name or address; try again in "
            + (seconds + 59) / 60 + " minutes.");
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, String reason) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"OCOP portal\", charset=\"UTF-8\"");
        return error(response, reason);
    }

    private static AuthenticationStatus error(HttpServletResponse response, String reason) {
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.getWriter().write("{\"error\":\"" + reason.replace("\"", "'") + "\"}");
        } catch (IOException e) {
            // The client has gone; the status is all it would have read.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Who is signed in, as kept in the session. */
    record SignedIn(String name, Set<String> groups, String stamp) implements Serializable {
    }
}
