package org.healthedu.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One changed row: who, when, which row (table, id and the rest of its key if any), how (INSERT, UPDATE, DELETE) and
 * each changed column's value before and after, as text (null: no value). A secret column shows neither value and
 * {@code hidden} is true.
 */
public record AuditChangeView(long id, Instant at, String actorUsername, String table, long rowId, String rowKey,
        String operation, String unitPath, List<Column> columns) implements Serializable {

    public AuditChangeView {
        columns = List.copyOf(columns);
    }

    public record Column(String name, String before, String after, boolean hidden) implements Serializable {
    }
}
