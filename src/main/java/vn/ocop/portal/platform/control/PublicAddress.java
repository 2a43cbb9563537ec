package vn.ocop.portal.platform.control;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address the portal's links in QR codes and mails begin with: {@code OCOP_PUBLIC_URL} or, when that is unset,
 * the address the current request reached the portal at (scheme, host, port and context path), without a trailing
 * slash.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    public static String of(HttpServletRequest request) {
        return PortalSettings.publicUrl().orElseGet(() -> requested(request));
    }

    /** Where {@code request} reached the portal, e.g. {@code http://localhost:8080}. */
    public static String requested(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
