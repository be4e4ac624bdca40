package org.healthedu.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What to show of the audit trail; every part optional. {@code kind} is an event kind (AuditKind name) for security
 * events and a table name for changes; the target is a type and id for events and a table and row id for changes.
 * Days are China's calendar days, both included.
 */
public record AuditFilter(LocalDate from, LocalDate to, String kind, String actor, String targetType, Long targetId)
        implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter ofRow(String table, long id) {
        return new AuditFilter(null, null, table, null, null, id);
    }
}
