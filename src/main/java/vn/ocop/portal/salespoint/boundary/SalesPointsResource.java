package vn.ocop.portal.salespoint.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import vn.ocop.portal.certification.control.QrCodes;
import vn.ocop.portal.salespoint.control.PointUrls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.ocop.portal.catalogue.entity.Product;
import vn.ocop.portal.catalogue.entity.ProductGroup;
import vn.ocop.portal.platform.entity.Refused;
import vn.ocop.portal.salespoint.entity.SalesPoint;
import vn.ocop.portal.salespoint.entity.SalesPointType;

/** The public directory of sales points as JSON: only products whose certificate is in force today are listed. */
@Path("sales-points")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SalesPointsResource {

    @Inject
    SalesPoints salesPoints;

    @Context
    HttpServletRequest request;

    public record Carried(long id, String name, String group, String certificate, int stars, LocalDate validUntil,
                          String url) {
        static Carried of(Product p) {
            return new Carried(p.getId(), p.getName(), p.getGroup().name(), p.getCurrentCertificate().getNumber(),
                p.getCurrentCertificate().getStars().getValue(), p.getCurrentCertificate().getExpiresOn(),
                "/product/" + p.getId());
        }
    }

    public record Point(long id, String name, String type, String address, String province, Double latitude,
                        Double longitude, String openingHours, String contact, String shopUrl, String url,
                        List<String> photos, List<Carried> products) {
    }

    public record Directory(int total, List<Point> items) {
    }

    @GET
    @Operation(summary = "Sales points, optionally of a province (its id or name) and of a type (e.g. AIRPORT), with what they sell today")
    public Directory directory(@QueryParam("province") String province, @QueryParam("type") String type) {
        Long provinceId = null;
        if (province != null && !province.isBlank()) {
            // An unknown province finds nothing rather than everything.
            provinceId = salesPoints.provinceOf(province).map(u -> u.getId()).orElse(-1L);
        }
        List<Point> items = salesPoints.directory(provinceId, type(type), null).stream().map(this::point).toList();
        return new Directory(items.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One sales point and the products it sells today, each with its certificate's validity")
    public Point one(@PathParam("id") long id) {
        return point(salesPoints.point(id));
    }

    @GET
    @Path("{id}/qr.png")
    @Produces("image/png")
    @Operation(summary = "The QR code of the point's public page, for its shelf poster; size in pixels (128 to 2048)")
    public Response qrPng(@PathParam("id") long id, @QueryParam("size") @DefaultValue("256") String size) {
        int pixels;
        try {
            pixels = QrCodes.clampSize(Integer.parseInt(size));
        } catch (NumberFormatException e) {
            throw new Refused("salespoints.refused.size", size);
        }
        SalesPoint point = salesPoints.point(id);
        return Response.ok(QrCodes.png(PointUrls.of(request, point.getId()), pixels), "image/png")
            .header("Cache-Control", "public, max-age=3600").build();
    }

    static SalesPointType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return SalesPointType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refused("salespoints.refused.type", type);
        }
    }

    static ProductGroup group(String group) {
        if (group == null || group.isBlank()) {
            return null;
        }
        try {
            return ProductGroup.valueOf(group.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Point point(SalesPoint s) {
        return new Point(s.getId(), s.getName(), s.getType().name(), s.getAddress(), s.getProvince().getName(),
            s.getLatitude(), s.getLongitude(), s.getOpeningHours(), s.getContact(), s.getShopUrl(),
            PointUrls.path(s.getId()), s.getPhotos().stream().map(n -> "/images/" + n).toList(),
            salesPoints.onSale(s).stream().map(Carried::of).toList());
    }
}
