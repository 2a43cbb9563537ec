package vn.ocop.portal.logouse.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.ocop.portal.logouse.entity.MisuseReport;
import vn.ocop.portal.platform.boundary.ApiError;
import vn.ocop.portal.platform.boundary.Images;
import vn.ocop.portal.platform.entity.Refused;

/**
 * {@code POST /api/v1/misuse-reports}: anyone reports a suspected misuse of the mark. JSON
 * {@code {"productOrBrand", "whereSeen", "description", "contact"?, "photos"?: [base64 JPEG/PNG, at most 3]}}; answers
 * 201 with the report's number and what happens next, never the contact. Refusals are 400 with a reason, 429 past the
 * hourly limit per address. The body is read up to what three largest photos need, so a huge upload is refused before
 * it is held in memory.
 */
@Path("misuse-reports")
@PermitAll
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MisuseReportsResource {

    /** Three photos of {@link Images#MAX_BYTES} in base64, and room for the texts. */
    static final long MAX_BODY = MisuseReport.MAX_PHOTOS * (Images.MAX_BYTES / 3 * 4 + 8) + 64 * 1024;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    MisuseReports reports;

    /** What the reporter gets back: the report's number, its status and what the office does next. */
    public record Receipt(long id, String status, String next) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a suspected misuse of the OCOP mark: productOrBrand, whereSeen, description, contact "
        + "(optional, seen by the OCOP office only), photos (optional, up to 3 base64 JPEG or PNG files of 10 MB at most)")
    public Response file(InputStream body, @Context HttpServletRequest request) throws IOException {
        try {
            byte[] content = body.readNBytes((int) MAX_BODY + 1);
            if (content.length > MAX_BODY) {
                throw new Refused("image.error.tooLarge", Images.MAX_BYTES / (1024 * 1024));
            }
            MisuseReportForm form = parse(content);
            List<byte[]> photos = new ArrayList<>();
            for (String photo : form.getPhotos()) {
                photos.add(decode(photo));
            }
            MisuseReport report = reports.file(form, photos, request.getRemoteAddr());
            return Response.status(Response.Status.CREATED).entity(new Receipt(report.getId(), report.getStatus().name(),
                java.util.ResourceBundle.getBundle("vn.ocop.portal.i18n.text", java.util.Locale.ENGLISH).getString("misuse.next"))).build();
        } catch (Refused refused) {
            return ApiError.response("form.error.tooMany".equals(refused.key()) ? Response.Status.TOO_MANY_REQUESTS
                : Response.Status.BAD_REQUEST, refused.getMessage());
        } catch (jakarta.ejb.EJBException wrapped) {
            if (wrapped.getCause() instanceof Refused refused) {
                return ApiError.response("form.error.tooMany".equals(refused.key()) ? Response.Status.TOO_MANY_REQUESTS
                    : Response.Status.BAD_REQUEST, refused.getMessage());
            }
            throw wrapped;
        }
    }

    private static MisuseReportForm parse(byte[] content) {
        try {
            MisuseReportForm form = JSON.fromJson(new java.io.ByteArrayInputStream(content), MisuseReportForm.class);
            if (form == null) {
                throw new Refused("misuse.error.notJson");
            }
            return form;
        } catch (JsonbException e) {
            throw new Refused("misuse.error.notJson");
        }
    }

    private static byte[] decode(String photo) {
        if (photo == null) {
            throw new Refused("image.error.empty");
        }
        String data = photo.startsWith("data:") && photo.contains(",") ? photo.substring(photo.indexOf(',') + 1) : photo;
        try {
            return Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new Refused("misuse.error.photoEncoding");
        }
    }
}
