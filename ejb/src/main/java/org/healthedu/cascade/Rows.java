package org.healthedu.cascade;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.healthedu.shared.SqlValues;

/** Reading the columns of native queries, whichever JDBC type the driver hands back. */
final class Rows {

    private Rows() {
    }

    static long lng(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Integer nullableInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static Instant instant(Object value) {
        return SqlValues.instant(value);
    }

    static LocalDateTime local(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    static java.time.LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (java.time.LocalDate) value;
    }

    /** The first row of a native query with positional parameters (one column: a one-element array), or null. */
    static Object[] single(EntityManager em, String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object row = rows.get(0);
        return row instanceof Object[] a ? a : new Object[] {row};
    }

    /** A count (or any number in the first column of the first row). */
    static long count(EntityManager em, String sql, Object... params) {
        return lng(single(em, sql, params)[0]);
    }
}
