package org.healthedu.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.RateLimited;
import org.healthedu.web.faults.Unavailable;
import org.healthedu.web.faults.UnavailableProblem;

/**
 * Every failure leaves the API as a problem body with the right status: rules broken by the caller as 400/403/404/409,
 * too many attempts as 429 with Retry-After,
 * malformed input as 400, the database or the pool out of reach as 503 with Retry-After, and anything unexpected as a 500 that says nothing about the inside (it is logged instead).
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = Problems.localeOf(headers);
        Throwable e = unwrap(thrown);
        if (e instanceof RateLimited limited) {
            return Response.fromResponse(Problems.response(Problems.tooMany(locale, limited)))
                    .header("Retry-After", limited.retryAfterSeconds()).build();
        }
        if (e instanceof DomainException domain) {
            return Problems.response(Problems.of(locale, domain));
        }
        if (e instanceof EJBAccessException) {
            return Problems.response(Problems.generic(locale, 403, "error.forbidden"));
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            return Problems.response(Problems.generic(locale, 400, "error.malformedBody"));
        }
        if (e instanceof NotFoundException) {
            return Problems.response(Problems.generic(locale, 404, "error.notFound"));
        }
        if (e instanceof NotAllowedException) {
            return Problems.response(Problems.generic(locale, 405, "error.methodNotAllowed"));
        }
        if (e instanceof NotSupportedException) {
            return Problems.response(Problems.generic(locale, 415, "error.unsupportedMediaType"));
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Problems.response(Problems.generic(locale, status, status == 403 ? "error.forbidden"
                    : status == 401 ? "error.unauthorized" : "error.badRequest"));
        }
        Optional<Unavailable> fault = Unavailable.of(thrown);
        if (fault.isPresent()) {
            LOG.warning(() -> "Database unavailable (" + fault.get() + "): " + thrown);
            return UnavailableProblem.response(locale, fault.get());
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", thrown);
        return Problems.response(Problems.generic(locale, 500, "error.unexpected"));
    }

    /** EJB wraps what a bean throws; the cause says what really happened. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while (e instanceof EJBException && !(e instanceof EJBAccessException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

}
