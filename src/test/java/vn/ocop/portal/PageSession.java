package vn.ocop.portal;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * One visitor of the portal's pages over plain HTTP, without a browser: keeps its cookies (Secure ones included,
 * which a client would drop over http) and submits Faces forms with their view state, as a browser would.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final Map<String, String> cookies = new HashMap<>();

    public PageSession(String base) {
        this.base = base;
    }

    /** A GET that does not follow redirects. */
    public Response get(String path) {
        Response response = given().baseUri(base).redirects().follow(false).cookies(cookies).get(path);
        cookies.putAll(response.getCookies());
        return response;
    }

    /**
     * Opens {@code path}, fills the form {@code formId} with {@code fields} (ids without the form's prefix) and
     * presses {@code button}. Answers the POST's response, redirects not followed.
     */
    public Response submit(String path, String formId, Map<String, String> fields, String button) {
        String page = get(path).then().statusCode(200).extract().asString();
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        if (!form.find()) {
            throw new AssertionError("No form " + formId + " on " + path + ":\n" + page);
        }
        Matcher state = VIEW_STATE.matcher(page.substring(form.start()));
        if (!state.find()) {
            throw new AssertionError("No view state in form " + formId + " on " + path);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put(formId, formId);
        fields.forEach((id, value) -> params.put(formId + ":" + id, value));
        params.put(formId + ":" + button, "x");
        params.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        String action = form.group(1).replace("&amp;", "&");
        String relative = action.startsWith("http") ? action : action.replaceFirst("^" + Pattern.quote(contextPath()), "");
        Response response = given().baseUri(base).redirects().follow(false).cookies(cookies)
            .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(params).post(relative);
        cookies.putAll(response.getCookies());
        return response;
    }

    /** Signs in through the login form; the session then carries the caller. */
    public PageSession signIn(String username, String password) {
        Response response = submit("login", "login", Map.of("username", username, "password", password), "submit");
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new AssertionError("Sign-in of " + username + " failed: " + response.statusCode());
        }
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private String contextPath() {
        String path = java.net.URI.create(base).getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
