package org.healthedu.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6 digits, the code of the step
 * before and after also accepted (clocks drift, people type slowly). Written here rather than taken from a library:
 * it is a few lines and the RFC's vectors test it. Base32 (RFC 4648, no padding) is how authenticator apps take keys.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of {@code step} with {@code digits} digits, zero-padded. */
    public static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /** The step (now, one before, one after) whose 6-digit code {@code typed} is, compared in constant time. */
    public static OptionalLong matchingStep(byte[] key, String typed, Instant now) {
        String given = typed == null ? "" : typed.replace(" ", "").strip();
        if (!given.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long candidate = current - 1; candidate <= current + 1; candidate++) {
            if (MessageDigest.isEqual(code(key, candidate, DIGITS).getBytes(), given.getBytes())) {
                found = OptionalLong.of(candidate);
            }
        }
        return found;
    }

    public static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** Decodes base32 (case and spaces ignored); null when it is not base32. */
    public static byte[] fromBase32(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }

    /** What authenticator apps read from the QR code. */
    public static String otpauthUri(String username, byte[] key) {
        return "otpauth://totp/HealthEdu:" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8)
                + "?secret=" + base32(key) + "&issuer=HealthEdu&algorithm=SHA1&digits=" + DIGITS + "&period="
                + STEP_SECONDS;
    }
}
