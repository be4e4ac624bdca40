package org.healthedu.web.feedback;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.healthedu.feedback.FeedbackTokens;

/**
 * The per-device token behind "one response per phone" when no check-in ticket is given: random, HttpOnly (no script
 * reads it), SameSite=Lax (no other site's form can post with it), kept for 400 days. Only its hash, bound to the
 * session, is ever stored (as the response's respondent key).
 */
public final class DeviceCookie {

    public static final String NAME = "healthedu_fd";
    private static final int MAX_AGE = 400 * 24 * 3600;

    private DeviceCookie() {
    }

    /** The device's token, or null when it has none (or a malformed one). */
    public static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (NAME.equals(c.getName()) && FeedbackTokens.wellFormedSecret(c.getValue())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** The Set-Cookie header value giving the device {@code token}. */
    public static String header(HttpServletRequest request, String token) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return NAME + "=" + token + "; Path=" + path + "; Max-Age=" + MAX_AGE + "; HttpOnly; SameSite=Lax"
                + (request.isSecure() ? "; Secure" : "");
    }
}
