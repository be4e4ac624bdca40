package org.healthedu.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes security events to the append-only {@code audit_event} table. Each event commits on its own
 * (REQUIRES_NEW): a refused sign-in or a failed erasure rolls its own transaction back, and the record that it was
 * attempted must stay. Internal: callers say what happened; nothing here decides who may do what.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditLog {

    private static final String INSERT = """
            insert into audit_event (kind, actor_id, actor_username, source_address, unit_path, target_type,
                                     target_id, details)
            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";

    @Resource(lookup = "java:jboss/datasources/HealthEduDS")
    private DataSource dataSource;

    public void record(AuditEntry entry) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, entry.kind().name());
            setLong(insert, 2, entry.actorId());
            insert.setString(3, entry.actorUsername());
            insert.setString(4, entry.sourceAddress());
            insert.setString(5, entry.unitPath());
            insert.setString(6, entry.targetType());
            setLong(insert, 7, entry.targetId());
            insert.setString(8, json(entry.details()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the audit event " + entry.kind(), e);
        }
    }

    static String json(Map<String, Object> details) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        details.forEach((name, value) -> {
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
                object.add(name, ((Number) value).longValue());
            } else if (value instanceof Boolean b) {
                object.add(name, b);
            } else {
                object.add(name, value.toString());
            }
        });
        return object.build().toString();
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
