package vn.ocop.portal.news.boundary;

import java.io.IOException;
import java.nio.file.Files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ocop.portal.news.control.FileNames;
import vn.ocop.portal.news.entity.Attachment;
import vn.ocop.portal.platform.boundary.Pages;

/**
 * {@code /api/v1/news/attachments/{id}}: an attachment of a published article, as a download. A servlet rather than a
 * JAX-RS method, because the container's default response encoding would add "charset=UTF-8" to a PDF's or an
 * image's type there; here the type is exactly the one its content proved, and browsers are told not to guess.
 */
@WebServlet("/api/v1/news/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Announcements announcements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Attachment attachment = Pages.id(path).stream().mapToObj(announcements::publicAttachment)
            .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        if (attachment == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\": \"No such attachment of a published article\"}");
            return;
        }
        response.setCharacterEncoding((String) null);
        response.setContentType(attachment.getType().contentType());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(attachment.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLengthLong(attachment.getSize());
        Files.copy(announcements.file(attachment), response.getOutputStream());
    }
}
