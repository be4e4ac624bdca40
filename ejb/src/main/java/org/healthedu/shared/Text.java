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
        return checked(field, value == null ? null : value.strip(), maxLength, false);
    }

    /**
     * Like {@link #optional}, for text with paragraphs: line breaks (kept as {@code \n}) and tabs are allowed, other
     * control characters are not.
     */
    public static String multiline(String field, String value, int maxLength) {
        return checked(field, value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n').strip(),
                maxLength, true);
    }

    private static String checked(String field, String trimmed, int maxLength, boolean paragraphs) {
        if (trimmed == null || trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw DomainException.invalid(field, "error.tooLong", maxLength);
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) && !(paragraphs && (c == '\n' || c == '\t'))) {
                throw DomainException.invalid(field, "error.controlCharacters");
            }
        }
        return trimmed;
    }
}
