package vn.ocop.portal.platform.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The visitor's language: Vietnamese unless the language cookie (set by {@link LanguageServlet}) says English. Kept in
 * a cookie rather than a session, so that public pages stay session-free.
 */
@Named
@RequestScoped
public class Languages {

    public static final String COOKIE = "ocop_lang";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Inject
    HttpServletRequest request;

    private Locale current;

    public Locale getCurrent() {
        if (current == null) {
            current = fromCookie(request.getCookies());
        }
        return current;
    }

    public String getCode() {
        return getCurrent().getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(getCode());
    }

    /** The page the visitor is on, to come back to after switching language. */
    public String getHere() {
        String uri = request.getAttribute("jakarta.servlet.forward.request_uri") instanceof String forwarded
            ? forwarded : request.getRequestURI();
        String query = request.getAttribute("jakarta.servlet.forward.query_string") instanceof String forwardedQuery
            ? forwardedQuery : request.getQueryString();
        return uri.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
    }

    static Locale fromCookie(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return VIETNAMESE;
    }
}
