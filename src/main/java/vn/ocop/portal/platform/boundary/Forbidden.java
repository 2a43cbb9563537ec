package vn.ocop.portal.platform.boundary;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page of a 403 from the container (a signed-in caller without the role a URL pattern asks for). A page
 * answers as an unknown one, with 404, so that restricted pages do not reveal themselves; the API answers
 * {@code 403 {"error": ...}}, as its clients expect.
 */
@WebServlet("/forbidden")
public class Forbidden extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String REASON = "Your account may not do this.";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String asked && asked.startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"" + REASON + "\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        request.getRequestDispatcher("/WEB-INF/errorpages/404.xhtml").forward(request, response);
    }
}
