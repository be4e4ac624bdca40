package org.healthedu.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.healthedu.shared.SqlValues;

/**
 * The rows of {@code job_run}, each change in a transaction of its own so that every server sees it at once: who runs
 * a job's slot, until when its lease holds, and how it ended. Internal: used by {@link JobScheduler} only.
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

    @PersistenceContext
    private EntityManager em;

    /** Whether this server ({@code node}) won the slot: only the first server to ask does. */
    public boolean claim(String job, Instant slot, String node) {
        return em.createNativeQuery("""
                insert into job_run (job, slot, node, lease_until)
                values (?1, ?2, ?3, now() + make_interval(secs => ?4))
                on conflict do nothing""")
                .setParameter(1, job).setParameter(2, at(slot)).setParameter(3, node)
                .setParameter(4, (double) LEASE.toSeconds())
                .executeUpdate() == 1;
    }

    /** Keeps the slot for another lease period while the run makes progress. */
    public void renew(String job, Instant slot, String node) {
        em.createNativeQuery("""
                update job_run set lease_until = now() + make_interval(secs => ?4)
                where job = ?1 and slot = ?2 and node = ?3 and finished_at is null""")
                .setParameter(1, job).setParameter(2, at(slot)).setParameter(3, node)
                .setParameter(4, (double) LEASE.toSeconds())
                .executeUpdate();
    }

    /** The run ended well: the slot is done. */
    public void finish(String job, Instant slot, String node, String outcome) {
        em.createNativeQuery("""
                update job_run set finished_at = now(), outcome = ?4
                where job = ?1 and slot = ?2 and node = ?3 and finished_at is null""")
                .setParameter(1, job).setParameter(2, at(slot)).setParameter(3, node)
                .setParameter(4, clip(outcome))
                .executeUpdate();
    }

    /** The run failed: the slot is let go at once, for another try by the catch-up (up to {@link #MAX_ATTEMPTS}). */
    public void release(String job, Instant slot, String node, String outcome) {
        em.createNativeQuery("""
                update job_run set lease_until = now(), outcome = ?4
                where job = ?1 and slot = ?2 and node = ?3 and finished_at is null""")
                .setParameter(1, job).setParameter(2, at(slot)).setParameter(3, node)
                .setParameter(4, clip(outcome))
                .executeUpdate();
    }

    /**
     * The unfinished slots whose lease ran out (their server died or failed mid-run), now held by {@code node}. Two
     * servers catching up at once take different slots (skip locked), never the same one.
     */
    public List<Slot> takeOverAbandoned(String node) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update job_run r set node = ?1, lease_until = now() + make_interval(secs => ?2),
                       attempts = r.attempts + 1
                from (select job, slot from job_run
                      where finished_at is null and lease_until < now() and attempts < ?3
                      order by slot for update skip locked) due
                where r.job = due.job and r.slot = due.slot
                returning r.job, r.slot""")
                .setParameter(1, node).setParameter(2, (double) LEASE.toSeconds()).setParameter(3, MAX_ATTEMPTS)
                .getResultList();
        return rows.stream().map(r -> new Slot((String) r[0], SqlValues.instant(r[1]))).toList();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String outcome) {
        return outcome == null || outcome.length() <= 200 ? outcome : outcome.substring(0, 200);
    }
}
