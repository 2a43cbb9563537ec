package vn.ocop.portal.salespoint.control;

import jakarta.servlet.http.HttpServletRequest;
import vn.ocop.portal.platform.control.PublicAddress;

/**
 * The one rule for a sales point's public address: {@code <public base>/sales-point/<id>}, the base being
 * {@code OCOP_PUBLIC_URL} or the address the request came in at. A printed poster's QR code encodes it.
 */
public final class PointUrls {

    public static final String PAGE = "/sales-point/";

    private PointUrls() {
    }

    public static String path(long id) {
        return PAGE + id;
    }

    public static String of(HttpServletRequest request, long id) {
        return PublicAddress.of(request) + path(id);
    }

    /** Great-circle distance in km, for "nearest first". */
    public static double kilometres(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
