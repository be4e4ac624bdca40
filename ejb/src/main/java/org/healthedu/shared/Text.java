package org.healthedu.shared;

/** Checks for free-text inputs: trimmed, required or optional, bounded in length. */
public final class Text {

    private Text() {
    }

    /** Trimmed value; blank is a broken rule {@code error.required} on the field. */
    public static String required(String field, String value, int maxLength) {
        String trimmed = optional(field, value, maxLength);
        if (trimmed == null) {
            throw DomainException.invalid(field, "error.required");
        }
        return trimmed;
    }

    /** Trimmed value or null when blank; too long is a broken rule {@code error.tooLong}. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw DomainException.invalid(field, "error.tooLong", maxLength);
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c)) {
                throw DomainException.invalid(field, "error.controlCharacters");
            }
        }
        return trimmed;
    }
}
