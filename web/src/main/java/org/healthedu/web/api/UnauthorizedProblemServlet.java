package org.healthedu.web.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.healthedu.web.security.AppAuthenticationMechanism;

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
        Object key = request.getAttribute(AppAuthenticationMechanism.UNAUTHORIZED_KEY);
        Problems.write(response, key instanceof String k ? Problems.generic(locale, 401, k)
                : Problems.unauthorized(locale));
    }
}
