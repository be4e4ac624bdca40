package org.healthedu.web.faults;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.healthedu.web.api.Problem;
import org.healthedu.web.api.Problems;
import org.healthedu.web.i18n.Texts;

/** The API's answer to a database or pool fault: 503, a translated "try again", and Retry-After. */
public final class UnavailableProblem {

    private UnavailableProblem() {
    }

    public static Problem of(Locale locale, Unavailable fault) {
        return new Problem(Problems.TYPE_BASE + "service-unavailable", Texts.text(locale, "faults.title"), 503,
                Texts.text(locale, fault.messageKey()), fault.messageKey(), null);
    }

    public static Response response(Locale locale, Unavailable fault) {
        return Response.fromResponse(Problems.response(of(locale, fault)))
                .header("Retry-After", fault.retryAfterSeconds()).build();
    }
}
