package vn.ocop.portal.logouse.boundary;

import java.io.IOException;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ocop.portal.logouse.control.LogoUseDashboardExport;

/**
 * {@code /admin/logo-use/dashboard-export/logo-use.xlsx}: the dashboard's download, for a browser signed in with the
 * form login. A GET that changes nothing; web.xml and the boundary admit the OCOP office only.
 */
@WebServlet("/admin/logo-use/dashboard-export/*")
public class LogoUseExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LogoUseDashboard dashboard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/logo-use.xlsx".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            response.setContentType(LogoUseDashboardExport.XLSX_TYPE);
            response.setHeader("Content-Disposition", "attachment; filename=\"logo-use.xlsx\"");
            dashboard.writeXlsx(response.getOutputStream());
        } catch (EJBAccessException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
