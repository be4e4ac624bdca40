package org.healthedu.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.RateLimited;
import org.healthedu.web.i18n.Texts;

/** Builds the API's error responses, all {@code application/problem+json}. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "urn:healthedu:problem:";
    private static final Jsonb JSON = JsonbBuilder.create();

    private Problems() {
    }

    public static Problem of(Locale locale, DomainException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case GONE -> 410;
        };
        return new Problem(TYPE_BASE + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                Texts.text(locale, "problem.title." + status), status, Texts.describe(locale, e), e.messageKey(),
                e.field());
    }

    /** Too many attempts: 429, translated, with the rule's code (the caller adds Retry-After). */
    public static Problem tooMany(Locale locale, RateLimited e) {
        return new Problem(TYPE_BASE + "too-many-requests", Texts.text(locale, "ratelimit.title"), 429,
                Texts.describe(locale, e), e.messageKey(), e.field());
    }

    /** A failure with no domain rule behind it (malformed JSON, unknown path, server error). */
    public static Problem generic(Locale locale, int status, String key) {
        String kind = switch (status) {
            case 400 -> "invalid";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 415 -> "unsupported-media-type";
            default -> "server-error";
        };
        return new Problem(TYPE_BASE + kind, Texts.text(locale, "problem.title." + status), status,
                Texts.text(locale, key), key, null);
    }

    /** The language of an API answer: the first of Accept-Language, Chinese when none is given. */
    public static Locale localeOf(jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.List<Locale> acceptable = headers == null ? java.util.List.of() : headers.getAcceptableLanguages();
        return acceptable.isEmpty() || "*".equals(acceptable.get(0).getLanguage()) ? Locale.SIMPLIFIED_CHINESE
                : acceptable.get(0);
    }

    public static Problem unauthorized(Locale locale) {
        return generic(locale, 401, "error.unauthorized");
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }

    /** Writes a problem straight to a servlet response (for the authentication mechanism, before JAX-RS runs). */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }
}
