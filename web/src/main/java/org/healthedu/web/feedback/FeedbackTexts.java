package org.healthedu.web.feedback;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.healthedu.account.UiLocale;
import org.healthedu.web.i18n.Texts;

/** The words of feedback exports and summaries ({@code feedback.results.*}) in a reader's language. */
public final class FeedbackTexts {

    private FeedbackTexts() {
    }

    public static Map<String, String> labels(Locale locale) {
        ResourceBundle bundle = Texts.bundle(locale);
        Map<String, String> labels = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("feedback.results.")) {
                labels.put(key, bundle.getString(key));
            }
        }
        return labels;
    }

    public static boolean english(Locale locale) {
        return UiLocale.closestTo(locale).locale().getLanguage().equals("en");
    }
}
