package org.healthedu.web.checkin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.healthedu.web.i18n.Texts;

/**
 * The check-in link a QR code opens, and the sheet's words. The link's base is {@code HEALTHEDU_PUBLIC_URL} (or
 * {@code -Dhealthedu.public-url}), e.g. {@code https://healthedu.example.org/}, when set: behind a proxy the server
 * cannot know the address phones reach it by. Otherwise it is the address the request came to.
 */
public final class CheckInLinks {

    private CheckInLinks() {
    }

    /** Everything before the code: {@code <base>/checkin.xhtml?code=}. */
    public static String base(HttpServletRequest request) {
        return root(request) + "checkin.xhtml?code=";
    }

    /** Everything before a session's feedback link token: {@code <base>/feedback.xhtml?s=}. */
    public static String feedbackBase(HttpServletRequest request) {
        return root(request) + "feedback.xhtml?s=";
    }

    /** The application's public address, ending in a slash. */
    public static String root(HttpServletRequest request) {
        String configured = System.getProperty("healthedu.public-url", System.getenv("HEALTHEDU_PUBLIC_URL"));
        String root;
        if (configured != null && !configured.isBlank()) {
            root = configured.strip();
        } else {
            int port = request.getServerPort();
            boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                    || ("https".equals(request.getScheme()) && port == 443);
            root = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                    + request.getContextPath();
        }
        return root.endsWith("/") ? root : root + "/";
    }

    /**
     * The sign-in sheet's words in {@code locale}: the bundle's {@code signin.*}, {@code participantKind.*} and
     * {@code feedback.link.*} (the feedback QR code's caption).
     */
    public static Map<String, String> sheetLabels(Locale locale) {
        ResourceBundle bundle = Texts.bundle(locale);
        Map<String, String> labels = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("signin.") || key.startsWith("participantKind.")
                    || key.startsWith("feedback.link.")) {
                labels.put(key, bundle.getString(key));
            }
        }
        return labels;
    }
}
