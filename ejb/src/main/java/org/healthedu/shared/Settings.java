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

    /** The text setting, stripped, or {@code fallback} when it is missing or blank. */
    public static String text(String property, String environment, String fallback) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** This server's name in a cluster ({@code jboss.node.name}; WildFly sets it to the host name by default). */
    public static String nodeName() {
        return text("jboss.node.name", "HEALTHEDU_NODE_NAME", "server");
    }
}
