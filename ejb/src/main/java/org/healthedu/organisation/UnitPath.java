package org.healthedu.organisation;

/**
 * The materialised path of a unit: its ancestors' ids and its own, e.g. {@code /1/51/101/}. A unit is inside a
 * subtree exactly when its path starts with the subtree root's path, which one index on {@code path} answers.
 */
public final class UnitPath {

    private UnitPath() {
    }

    public static String of(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }

    public static boolean isWithin(String path, String ancestorPath) {
        return path != null && ancestorPath != null && path.startsWith(ancestorPath);
    }

    /** The LIKE pattern matching a subtree (paths hold only digits and '/', so nothing needs escaping). */
    public static String subtreePattern(String ancestorPath) {
        return ancestorPath + "%";
    }
}
