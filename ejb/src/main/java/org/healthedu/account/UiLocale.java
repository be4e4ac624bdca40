package org.healthedu.account;

import java.util.Locale;

/** The languages of the interface: Chinese first, English second. */
public enum UiLocale {
    ZH_CN("zh_CN", Locale.SIMPLIFIED_CHINESE), EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    UiLocale(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The stored tag's language, or Chinese for anything unknown. */
    public static UiLocale fromTag(String tag) {
        for (UiLocale l : values()) {
            if (l.tag.equalsIgnoreCase(tag)) {
                return l;
            }
        }
        return ZH_CN;
    }

    /** The closest interface language to a requested locale (English only when asked for). */
    public static UiLocale closestTo(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? EN : ZH_CN;
    }
}
