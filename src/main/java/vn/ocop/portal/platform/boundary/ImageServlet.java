package vn.ocop.portal.platform.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /images/{folder}/{name}}: a stored picture, with the type its content proved and browsers told not to guess.
 * Names are random and never reused, so a picture may be cached for long.
 */
@WebServlet("/images/*")
public class ImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Images images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Path> file = images.file(name);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setCharacterEncoding((String) null);
        response.setContentType(Images.contentType(name));
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}
