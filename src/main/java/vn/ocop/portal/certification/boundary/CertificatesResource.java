package vn.ocop.portal.certification.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import vn.ocop.portal.certification.control.QrCodes;
import vn.ocop.portal.certification.control.QrLabel;
import vn.ocop.portal.certification.control.VerificationUrls;
import vn.ocop.portal.platform.entity.BusinessException;

@Path("certificates")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CertificatesResource {

    static final String SVG = "image/svg+xml";
    /** A number's verification URL never changes (unless OCOP_PUBLIC_URL does), so its code keeps for a week. */
    private static final int QR_MAX_AGE = 7 * 24 * 3600;
    /** A label also shows the name and stars, which an admin may correct. */
    private static final int LABEL_MAX_AGE = 3600;

    @Inject
    Certificates certificates;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{number}")
    @Operation(summary = "The current status of one certificate, by the number printed on the package")
    public CertificateView certificate(@PathParam("number") String number) {
        return certificates.byNumber(number);
    }

    @GET
    @Path("{number}/qr.png")
    @Produces("image/png")
    @Operation(summary = "A QR code (PNG) of the certificate's verification URL, <portal>/verify?number=...",
        description = "size in pixels, 256 by default, brought into 128..2048 (1024 suits print). Unknown number: 404.")
    @APIResponse(responseCode = "200", description = "The PNG")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public Response qrPng(@PathParam("number") String number,
        @Parameter(description = "pixels, 128 to 2048") @QueryParam("size") @DefaultValue("256") String size) {
        byte[] png = QrCodes.png(verificationUrl(number), QrCodes.clampSize(pixels(size)));
        return cached(Response.ok(png, "image/png"), QR_MAX_AGE);
    }

    @GET
    @Path("{number}/qr.svg")
    @Produces(SVG)
    @Operation(summary = "A QR code (SVG, vector) of the certificate's verification URL, <portal>/verify?number=...")
    @APIResponse(responseCode = "200", description = "The SVG")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public Response qrSvg(@PathParam("number") String number) {
        String url = verificationUrl(number);
        return cached(Response.ok(QrCodes.svg(url, url), SVG + ";charset=UTF-8"), QR_MAX_AGE);
    }

    @GET
    @Path("{number}/label.svg")
    @Produces(SVG)
    @Operation(summary = "A print-ready label (SVG, 60 mm wide) for the package: the QR code, product name, stars, "
        + "certificate number and \"Quét để kiểm tra chứng nhận OCOP\"")
    @APIResponse(responseCode = "200", description = "The SVG")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public Response label(@PathParam("number") String number) {
        CertificateView certificate = certificates.byNumber(number);
        String svg = QrLabel.svg(VerificationUrls.of(request, certificate.getCertificateNumber()),
            certificate.getProduct(), certificate.getStars(), certificate.getCertificateNumber());
        return cached(Response.ok(svg, SVG + ";charset=UTF-8"), LABEL_MAX_AGE);
    }

    /** The URL of a known certificate, under its number as stored; an unknown one is a 404 through NotFound. */
    private String verificationUrl(String number) {
        return VerificationUrls.of(request, certificates.byNumber(number).getCertificateNumber());
    }

    private static int pixels(String size) {
        try {
            return Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            throw new BusinessException("size: a number of pixels, " + QrCodes.MIN_SIZE + " to " + QrCodes.MAX_SIZE);
        }
    }

    private static Response cached(Response.ResponseBuilder answer, int maxAge) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAge);
        // Images carry no script, and SVG with text from imported lists must never run as a document.
        return answer.cacheControl(cache).header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'").build();
    }
}
