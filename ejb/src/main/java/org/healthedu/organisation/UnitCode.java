package org.healthedu.organisation;

import java.util.Locale;
import java.util.regex.Pattern;
import org.healthedu.shared.DomainException;

/** A unit's code: 2–32 letters, digits, '-', '_' or '.', starting with a letter or digit; kept in upper case. */
public final class UnitCode {

    public static final int MAX_LENGTH = 32;
    /** Checked before upper-casing: some non-ASCII letters upper-case to ASCII ("ß" → "SS") and must not slip in. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,31}");

    private UnitCode() {
    }

    /** The normalised code, or the broken rule ({@code error.required}, {@code unit.code.format}). */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalid("code", "error.required");
        }
        String code = raw.strip();
        if (!FORMAT.matcher(code).matches()) {
            throw DomainException.invalid("code", "unit.code.format");
        }
        return code.toUpperCase(Locale.ROOT);
    }
}
