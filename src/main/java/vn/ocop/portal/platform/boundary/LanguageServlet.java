package vn.ocop.portal.platform.boundary;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ocop.portal.platform.control.LocalPath;
import vn.ocop.portal.platform.control.PortalSettings;

/** {@code /language?to=en&back=/catalogue}: remembers the language in a cookie and goes back to the page. */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "en".equals(request.getParameter("to")) ? "en" : "vi";
        Cookie cookie = new Cookie(Languages.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || PortalSettings.secureCookies());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + LocalPath.orHome(request.getParameter("back")));
    }
}
