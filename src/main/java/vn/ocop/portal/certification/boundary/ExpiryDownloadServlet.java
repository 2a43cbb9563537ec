package vn.ocop.portal.certification.boundary;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ocop.portal.certification.control.ExpiryListQuery;
import vn.ocop.portal.platform.entity.BusinessException;

/**
 * The expiry page's download links: {@code /admin/expiry-export/expiring.xlsx?days=30}, the same files as the API's
 * {@code /api/v1/admin/expiry/...}, for a browser signed in with the form login (the API takes HTTP Basic only). A
 * GET that changes nothing; the list boundary checks the role.
 */
@WebServlet("/admin/expiry-export/*")
public class ExpiryDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile("/([a-z-]+)\\.(xlsx|csv)");

    @Inject
    transient ExpiryExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!file.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String format = file.group(2);
        try {
            ExpiryListQuery query = exports.query(file.group(1), request.getParameter("days"), request.getParameter("year"));
            response.setContentType(exports.contentType(format));
            response.setHeader("Content-Disposition", "attachment; filename=\"" + exports.fileName(query, format) + "\"");
            exports.write(query, format, response.getOutputStream());
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
