package vn.ocop.portal.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import vn.ocop.portal.platform.control.PortalSettings;

/**
 * Session cookies are HttpOnly, SameSite=Lax and Secure (Payara 6 ignores the SameSite attribute here; the sign-in
 * sets it on the signed-in session's cookie, see PortalAuthentication). {@code OCOP_SECURE_COOKIES=false} drops Secure for a portal
 * reached over plain HTTP by another name than localhost (browsers accept Secure cookies from http://localhost).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("OCOP_SESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(PortalSettings.secureCookies());
        cookie.setAttribute("SameSite", "Lax");
    }
}
