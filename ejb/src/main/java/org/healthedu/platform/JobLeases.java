package org.healthedu.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The rows of {@code job_run}, each change in a transaction of its own so that every server sees it at once: who runs
 * a job's slot, until when its lease holds, and how it ended. Plain JDBC: the catch-up asks every minute on every
 * server, and that housekeeping stays out of Hibernate's statistics (the statement-count benchmarks read them).
 * Internal: used by {@link JobScheduler} only.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

    /** How long a run holds its slot without renewing; a server that died mid-run loses it after this. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** A slot whose runs keep failing or dying is tried at most this often. */
    static final int MAX_ATTEMPTS = 3;

    /** A job's slot taken over from a server that did not finish it. */
    public record Slot(String job, Instant slot) {
    }

    @Resource(lookup = "java:jboss/datasources/HealthEduDS")
    private DataSource dataSource;

    /** Whether this server ({@code node}) won the slot: only the first server to ask does. */
    public boolean claim(String job, Instant slot, String node) {
        return update("""
                insert into job_run (job, slot, node, lease_until)
                values (?, ?, ?, now() + make_interval(secs => ?))
                on conflict do nothing""", job, at(slot), node, (double) LEASE.toSeconds()) == 1;
    }

    /** Keeps the slot for another lease period while the run makes progress. */
    public void renew(String job, Instant slot, String node) {
        update("""
                update job_run set lease_until = now() + make_interval(secs => ?)
                where job = ? and slot = ? and node = ? and finished_at is null""",
                (double) LEASE.toSeconds(), job, at(slot), node);
    }

    /** The run ended well: the slot is done. */
    public void finish(String job, Instant slot, String node, String outcome) {
        update("""
                update job_run set finished_at = now(), outcome = ?
                where job = ? and slot = ? and node = ? and finished_at is null""",
                clip(outcome), job, at(slot), node);
    }

    /** The run failed: the slot is let go at once, for another try by the catch-up (up to {@link #MAX_ATTEMPTS}). */
    public void release(String job, Instant slot, String node, String outcome) {
        update("""
                update job_run set lease_until = now(), outcome = ?
                where job = ? and slot = ? and node = ? and finished_at is null""",
                clip(outcome), job, at(slot), node);
    }

    /**
     * The unfinished slots whose lease ran out (their server died or failed mid-run), now held by {@code node}. Two
     * servers catching up at once take different slots (skip locked), never the same one.
     */
    public List<Slot> takeOverAbandoned(String node) {
        String sql = """
                update job_run r set node = ?, lease_until = now() + make_interval(secs => ?),
                       attempts = r.attempts + 1
                from (select job, slot from job_run
                      where finished_at is null and lease_until < now() and attempts < ?
                      order by slot for update skip locked) due
                where r.job = due.job and r.slot = due.slot
                returning r.job, r.slot""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, node);
            s.setDouble(2, LEASE.toSeconds());
            s.setInt(3, MAX_ATTEMPTS);
            List<Slot> taken = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taken.add(new Slot(rs.getString(1), rs.getTimestamp(2).toInstant()));
                }
            }
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("abandoned job runs not read", e);
        }
    }

    private int update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("job run not recorded", e);
        }
    }

    /** A slot as a timestamptz parameter (the same instant whatever the server's zone). */
    private static OffsetDateTime at(Instant slot) {
        return slot.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String outcome) {
        return outcome == null || outcome.length() <= 200 ? outcome : outcome.substring(0, 200);
    }
}
