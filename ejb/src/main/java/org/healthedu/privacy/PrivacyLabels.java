package org.healthedu.privacy;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Labels of the personal-data PDF (ejb has no access to the web bundles): Chinese, or English on request. */
final class PrivacyLabels {

    private final ResourceBundle bundle;

    private PrivacyLabels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static PrivacyLabels of(boolean english) {
        return new PrivacyLabels(ResourceBundle.getBundle("org.healthedu.privacy.personal_data",
                english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, PrivacyLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The label of {@code key}, or {@code fallback} when the bundle has none (a column added later). */
    String text(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    String text(String key) {
        return text(key, key);
    }
}
