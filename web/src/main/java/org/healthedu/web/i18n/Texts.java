package org.healthedu.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.healthedu.account.UiLocale;
import org.healthedu.shared.DomainException;

/**
 * The message bundles, for code outside a Faces page (REST, beans). A domain exception's arguments that are keys
 * themselves ("unitKind.COUNTY") are translated too, so messages read naturally in both languages.
 */
public final class Texts {

    public static final String BUNDLE = "org.healthedu.web.i18n.messages";

    private Texts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, UiLocale.closestTo(locale).locale());
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof String s && bundle.containsKey(s) ? bundle.getString(s) : args[i];
        }
        return new MessageFormat(pattern, UiLocale.closestTo(locale).locale()).format(shown);
    }

    public static String describe(Locale locale, DomainException e) {
        return text(locale, e.messageKey(), e.args());
    }
}
