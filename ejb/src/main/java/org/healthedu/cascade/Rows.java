package org.healthedu.cascade;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

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
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    static LocalDateTime local(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
