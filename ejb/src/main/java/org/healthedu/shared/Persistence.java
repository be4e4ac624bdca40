package org.healthedu.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/** Small persistence rules every service shares: lost-update checks, unique keys, LIKE patterns. */
public final class Persistence {

    private static final String UNIQUE_VIOLATION = "23505";

    private Persistence() {
    }

    /** A newer version than the one the user read means someone saved in between: refuse, never overwrite. */
    public static void requireVersion(long actual, Long expected) {
        if (expected != null && expected != actual) {
            throw DomainException.conflict(null, "error.staleEdit");
        }
    }

    /**
     * Flushes so that a row with the same unique key inserted meanwhile by someone else surfaces as the same clear
     * conflict as the check before it ({@code messageKey} on {@code field}).
     */
    public static void flushOrConflict(EntityManager em, String field, String messageKey) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw DomainException.conflict(field, messageKey, "");
            }
            throw e;
        }
    }

    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The entity with this id, or the broken rule {@code notFoundKey} (404 in the API) naming the id. */
    public static <T> T findOrNotFound(EntityManager em, Class<T> type, long id, String notFoundKey) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw DomainException.notFound(notFoundKey, id);
        }
        return entity;
    }

    /**
     * The entity with this id, locked for the rest of the transaction ({@code select … for update}) so that checks
     * on it (capacity, counts) cannot race; or the broken rule {@code notFoundKey} naming the id.
     */
    public static <T> T lockOrNotFound(EntityManager em, Class<T> type, long id, String notFoundKey) {
        T entity = em.find(type, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw DomainException.notFound(notFoundKey, id);
        }
        return entity;
    }

    /** A LIKE pattern matching {@code text} anywhere, with the user's % and _ taken literally. */
    public static String containsPattern(String text) {
        String escaped = (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT))
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
