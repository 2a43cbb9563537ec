package vn.ocop.portal.certification.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import vn.ocop.portal.platform.control.PortalSettings;
import vn.ocop.portal.platform.control.PublicAddress;

/**
 * The one rule for the address a QR code on a package encodes: {@code <public base>/verify?number=<number>}, where the
 * public base is {@code OCOP_PUBLIC_URL} or, when that is unset, the address the current request reached the portal
 * at (scheme, host, port and context path). Printed codes outlive deployments, so production sets OCOP_PUBLIC_URL.
 */
public final class VerificationUrls {

    public static final String PAGE = "/verify";

    private VerificationUrls() {
    }

    /** The verification URL of {@code number} as seen from {@code request}. */
    public static String of(HttpServletRequest request, String number) {
        return of(PortalSettings.publicUrl().orElseGet(() -> baseOf(request)), number);
    }

    /** The verification URL of {@code number} under {@code base}, which has no trailing slash. */
    public static String of(String base, String number) {
        return base + PAGE + "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    /** Where {@code request} reached the portal, without a trailing slash, e.g. {@code http://localhost:8080}. */
    public static String baseOf(HttpServletRequest request) {
        return PublicAddress.requested(request);
    }

    /** {@code number} as one segment of a URL path, e.g. in the API's {@code /certificates/{number}/qr.svg}. */
    public static String pathSegment(String number) {
        return URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
