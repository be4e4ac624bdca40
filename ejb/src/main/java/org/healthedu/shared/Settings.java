package org.healthedu.shared;

/**
 * Settings read from a system property or, failing that, an environment variable, on every use (so a change needs no
 * redeployment where properties can be set at run time). A missing, unreadable or negative number is the default.
 */
public final class Settings {

    private Settings() {
    }

    public static int number(String property, String environment, int fallback) {
        String value = System.getProperty(property, System.getenv(environment));
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            return parsed < 0 ? fallback : parsed;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
