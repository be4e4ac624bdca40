package org.healthedu.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.healthedu.shared.DomainException;

/**
 * Query parameters parsed by hand, so that a typo gets a translated 400 naming the parameter (JAX-RS itself answers
 * 404 when a query parameter does not convert).
 */
final class QueryParams {

    private QueryParams() {
    }

    /** An ISO date ({@code 2026-09-05}); blank is none. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "error.date.format");
        }
    }

    /** A constant of {@code type} by name, any case; blank is none; unknown names are refused with {@code key}. */
    static <E extends Enum<E>> E constant(Class<E> type, String field, String text, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, key);
        }
    }
}
