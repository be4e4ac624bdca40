package org.healthedu.checkin;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Check-in codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), about a billion codes, read
 * off a screen or a sheet and typed on a phone. Typed codes are taken in any case, with spaces and dashes ignored.
 */
public final class CheckInCode {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCode() {
    }

    public static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored (upper case, no spaces or dashes), or null when nothing was typed. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        return code.isEmpty() ? null : code;
    }

    /** Whether a normalised code could have been issued (so obvious garbage never reaches the database). */
    public static boolean wellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
