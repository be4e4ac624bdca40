package org.healthedu.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.courseware.CoursewareService;
import org.healthedu.project.ProjectService;
import org.healthedu.reporting.ReportService;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;

/**
 * Reading the audit trail: security events (audit_event) and changes (audit_change), newest first, filtered, a page
 * at a time. Admins see everything; a coordinator sees the rows whose unit path is in their subtree; nobody else
 * browses. A record's own history (a project, a report, a courseware) is open to whoever may see that record, as its
 * service decides. Opening a view of the trail is itself recorded (AUDIT_VIEWED), once per opening, not per page.
 * Offset paging is capped (deep pages are reached by narrowing the filter) and totals are counted up to the cap.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME, Role.HOST_NAME})
public class AuditTrail {

    /** The tables whose changes are recorded (the triggers of V28). */
    public static final List<String> TABLES = List.of("project", "indicator", "target", "target_allocation",
            "courseware", "courseware_version", "enrolment", "attendance", "completion_report", "report_section",
            "report_event", "account");

    /** Records with a history of their own, and the tables that history is made of (child rows keyed by it). */
    private static final Map<String, List<String>> HISTORIES = Map.of(
            "project", List.of("project"),
            "completion_report", List.of("completion_report", "report_section", "report_event"),
            "courseware", List.of("courseware", "courseware_version"));

    /** Days are China's calendar days, as everywhere in the product. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static final int MAX_OFFSET = 10_000;
    static final int COUNT_CAP = 10_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditLog log;

    @Inject
    private ProjectService projects;

    @Inject
    private ReportService reports;

    @Inject
    private CoursewareService courseware;

    /** Security events in the caller's scope; {@code opening} records that the caller looked. */
    public Page<AuditEventView> events(AuditFilter filter, int offset, int limit, boolean opening, String address) {
        Caller caller = requireTrailReader();
        Where where = new Where();
        where.common(filter, caller);
        if (filter.kind() != null) {
            if (Arrays.stream(AuditKind.values()).noneMatch(k -> k.name().equals(filter.kind()))) {
                throw DomainException.invalid("kind", "audit.error.kind");
            }
            where.add("kind = :kind", "kind", filter.kind());
        }
        if (filter.targetType() != null) {
            where.add("target_type = :targetType", "targetType", filter.targetType());
        }
        if (filter.targetId() != null) {
            where.add("target_id = :targetId", "targetId", filter.targetId());
        }
        int from = clampOffset(offset);
        int size = Page.clampLimit(limit);
        List<AuditEventView> items = new ArrayList<>();
        for (Object[] row : rows(where.bind(em.createNativeQuery("""
                select id, at, kind, actor_username, source_address, unit_path, target_type, target_id,
                       cast(details as text)
                  from audit_event where""" + " " + where + " order by at desc, id desc offset " + from + " limit "
                + size)))) {
            items.add(new AuditEventView(((Number) row[0]).longValue(), instant(row[1]), (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], (String) row[6], asLong(row[7]),
                    (String) row[8]));
        }
        long total = count("audit_event", where);
        if (opening) {
            viewed(caller, "events", filter, address);
        }
        return new Page<>(items, total, from, size);
    }

    /** Changes in the caller's scope; {@code opening} records that the caller looked. */
    public Page<AuditChangeView> changes(AuditFilter filter, int offset, int limit, boolean opening, String address) {
        Caller caller = requireTrailReader();
        Where where = new Where();
        where.common(filter, caller);
        if (filter.kind() != null) {
            where.add("table_name = :table", "table", knownTable(filter.kind()));
        }
        if (filter.targetId() != null) {
            where.add("row_id = :rowId", "rowId", filter.targetId());
        }
        Page<AuditChangeView> page = changes(where, offset, limit);
        if (opening) {
            viewed(caller, "changes", filter, address);
        }
        return page;
    }

    /**
     * The history of one project, completion report (with its sections and review steps) or courseware (with its
     * versions' states), for whoever may see that record.
     */
    public Page<AuditChangeView> history(String table, long id, int offset, int limit, boolean opening,
            String address) {
        List<String> tables = HISTORIES.get(table);
        if (tables == null) {
            throw DomainException.invalid("table", "audit.error.history");
        }
        switch (table) {
            case "project" -> projects.getProject(id);
            case "completion_report" -> reports.report(id);
            default -> courseware.get(id);
        }
        Caller caller = currentCaller.get();
        Where where = new Where();
        where.add("table_name in (:tables)", "tables", tables);
        where.add("row_id = :rowId", "rowId", id);
        Page<AuditChangeView> page = changes(where, offset, limit);
        if (opening) {
            viewed(caller, "history", AuditFilter.ofRow(table, id), address);
        }
        return page;
    }

    /** Whether {@code table} has a history of its own ({@link #history}). */
    public static boolean hasHistory(String table) {
        return HISTORIES.containsKey(table);
    }

    private Page<AuditChangeView> changes(Where where, int offset, int limit) {
        int from = clampOffset(offset);
        int size = Page.clampLimit(limit);
        List<AuditChangeView> items = new ArrayList<>();
        for (Object[] row : rows(where.bind(em.createNativeQuery("""
                select id, at, actor_username, table_name, row_id, row_key, operation, unit_path, cast(changed as text)
                  from audit_change where""" + " " + where + " order by at desc, id desc offset " + from + " limit "
                + size)))) {
            items.add(new AuditChangeView(((Number) row[0]).longValue(), instant(row[1]), (String) row[2],
                    (String) row[3], ((Number) row[4]).longValue(), (String) row[5], (String) row[6],
                    (String) row[7], columns((String) row[8])));
        }
        return new Page<>(items, count("audit_change", where), from, size);
    }

    private Caller requireTrailReader() {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin() && caller.role() != Role.COORDINATOR) {
            throw DomainException.forbidden();
        }
        return caller;
    }

    private void viewed(Caller caller, String view, AuditFilter filter, String address) {
        AuditEntry entry = AuditEntry.of(AuditKind.AUDIT_VIEWED).actor(caller.accountId(), caller.username())
                .from(address).unit(caller.unitPath()).detail("view", view);
        if (filter.kind() != null) {
            entry.detail("kind", filter.kind());
        }
        if (filter.actor() != null) {
            entry.detail("actor", filter.actor());
        }
        if (filter.targetId() != null) {
            entry.target(filter.targetType() != null ? filter.targetType() : filter.kind(), filter.targetId());
        }
        log.record(entry);
    }

    private static String knownTable(String table) {
        if (!TABLES.contains(table)) {
            throw DomainException.invalid("table", "audit.error.table");
        }
        return table;
    }

    private long count(String table, Where where) {
        Object total = where.bind(em.createNativeQuery("select count(*) from (select 1 from " + table + " where "
                + where + " limit " + COUNT_CAP + ") capped")).getSingleResult();
        return ((Number) total).longValue();
    }

    private static int clampOffset(int offset) {
        return Math.min(Page.clampOffset(offset), MAX_OFFSET);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** {@code {"col": [before, after]}} (or {@code "changed"} for a secret) as columns of text. */
    static List<AuditChangeView.Column> columns(String changed) {
        List<AuditChangeView.Column> columns = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(changed))) {
            JsonObject object = reader.readObject();
            object.forEach((name, value) -> {
                if (value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().size() == 2) {
                    columns.add(new AuditChangeView.Column(name, text(value.asJsonArray().get(0)),
                            text(value.asJsonArray().get(1)), false));
                } else {
                    columns.add(new AuditChangeView.Column(name, null, null, true));
                }
            });
        }
        return columns;
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            default -> value.toString();
        };
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** The WHERE clause of a trail query and its parameters, built from the filter parts that are set. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
        }

        void common(AuditFilter filter, Caller caller) {
            if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
                throw DomainException.invalid("to", "audit.error.period");
            }
            if (!caller.isAdmin()) {
                add("unit_path like :scope", "scope", caller.scopePattern());
            }
            if (filter.from() != null) {
                add("at >= :from", "from", filter.from().atStartOfDay(CHINA).toOffsetDateTime());
            }
            if (filter.to() != null) {
                add("at < :to", "to", filter.to().plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                add("actor_username = :actor", "actor", filter.actor().strip());
            }
        }

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        }
    }
}
