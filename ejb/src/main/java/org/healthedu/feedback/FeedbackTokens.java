package org.healthedu.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The random strings of the public feedback: session link tokens (16 bytes), one-time tickets and device tokens (32
 * bytes), all URL-safe base64 without padding. Tickets and device tokens are only ever stored as SHA-256 hashes.
 */
public final class FeedbackTokens {

    public static final int LINK_BYTES = 16;
    public static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private FeedbackTokens() {
    }

    static String link() {
        return random(LINK_BYTES);
    }

    /** A one-time ticket or a device token. */
    public static String secret() {
        return random(SECRET_BYTES);
    }

    public static boolean wellFormedLink(String token) {
        return token != null && LINK.matcher(token).matches();
    }

    public static boolean wellFormedSecret(String token) {
        return token != null && SECRET.matcher(token).matches();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who answered, without saying who: a hash of the ticket, or of the device token bound to the session. */
    static String respondentKey(String ticket, String deviceToken, long sessionId) {
        return ticket != null ? "t:" + sha256(ticket) : "d:" + sha256(deviceToken + ':' + sessionId);
    }

    /** The same for a peer session (no tickets there): the device token bound to the peer session. */
    static String peerRespondentKey(String deviceToken, long peerSessionId) {
        return "d:" + sha256(deviceToken + ":peer:" + peerSessionId);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
