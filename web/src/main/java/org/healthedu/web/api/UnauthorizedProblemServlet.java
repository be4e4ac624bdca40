package org.healthedu.web.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.healthedu.web.faults.Unavailable;
import org.healthedu.web.faults.UnavailableProblem;

/**
 * The error page for 401, which only the API answers (pages send strangers to the login form instead): the body
 * is a problem in the caller's language; the challenge header set by the authentication mechanism stays.
 */
@WebServlet("/error/unauthorized")
public class UnauthorizedProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean asked = request.getHeader("Accept-Language") != null;
        Locale locale = asked ? request.getLocale() : Locale.SIMPLIFIED_CHINESE;
        if (request.getAttribute(Unavailable.REQUEST_ATTRIBUTE) instanceof Unavailable fault) {
            // The credentials could not be checked at all (see AppAuthenticationMechanism): try again later.
            response.setHeader("Retry-After", String.valueOf(fault.retryAfterSeconds()));
            Problems.write(response, UnavailableProblem.of(locale, fault));
            return;
        }
        Problems.write(response, Problems.unauthorized(locale));
    }
}
