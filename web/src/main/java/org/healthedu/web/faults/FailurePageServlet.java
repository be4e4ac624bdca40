package org.healthedu.web.faults;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthedu.web.api.Problems;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

/**
 * The error page for every exception that leaves a page, a filter or the authentication mechanism (the identity
 * store reads accounts before JAX-RS or Faces run). A database or pool fault becomes a 503 with Retry-After: a
 * problem body under /api/, the translated "try again" page elsewhere. Anything else stays a 500 without details
 * (logged here).
 */
@WebServlet("/error/failure")
public class FailurePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FailurePageServlet.class.getName());

    /**
     * A page's exception outside AJAX reaches this page by PrimeFaces' redirect (its exception handler, see
     * faces-config.xml), which leaves what was thrown in the session: taken from there, once.
     */
    private static Throwable redirectedByPrimeFaces(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object info = session.getAttribute(ExceptionInfo.ATTRIBUTE_NAME);
        session.removeAttribute(ExceptionInfo.ATTRIBUTE_NAME);
        return info instanceof ExceptionInfo exceptionInfo ? exceptionInfo.getException() : null;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown == null) {
            thrown = redirectedByPrimeFaces(request);
        }
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri != null && uri.startsWith(request.getContextPath() + "/api/");
        Locale locale = request.getHeader("Accept-Language") != null ? request.getLocale() : Locale.SIMPLIFIED_CHINESE;
        Optional<Unavailable> fault = Unavailable.of(thrown);
        if (fault.isPresent()) {
            String cause = String.valueOf(thrown);
            LOG.warning(() -> "Database unavailable (" + fault.get() + ") for " + uri + ": " + cause);
            response.setHeader("Retry-After", String.valueOf(fault.get().retryAfterSeconds()));
            if (api) {
                Problems.write(response, UnavailableProblem.of(locale, fault.get()));
            } else {
                response.setStatus(503);
                request.setAttribute("faultKey", fault.get().messageKey());
                request.getRequestDispatcher("/error/unavailable.xhtml").forward(request, response);
            }
            return;
        }
        final Throwable unexpected = thrown;
        LOG.log(Level.SEVERE, "Unexpected failure at " + uri, unexpected);
        if (api) {
            Problems.write(response, Problems.generic(locale, 500, "error.unexpected"));
        } else {
            response.setStatus(500);
            request.getRequestDispatcher("/error/500.xhtml").forward(request, response);
        }
    }
}
