package org.healthedu.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.IntSupplier;
import org.healthedu.audit.AuditEntry;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditLog;
import org.healthedu.enrolment.Age;

/**
 * The retention run: batch after batch until no participant is due, then batch after batch until no uploaded file that
 * may show participants is due (its content removed, {@link RetentionBatch#removeNextFiles}), then one
 * RETENTION_ANONYMISED audit event with both counts. {@link org.healthedu.platform.JobScheduler} runs it daily (03:30
 * China time, once across a cluster); admins can run it now through {@link RetentionService}. The batches' advisory
 * lock keeps two runs from working at once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    /** Stops a run that keeps finding work (it should not: each batch anonymises what it found). */
    private static final int MAX_BATCHES = 10_000;

    @Inject
    private RetentionBatch batch;

    @Inject
    private AuditLog auditLog;

    /** Runs the job now (limited to the participants of {@code projectId} when given); {@code by} is for the audit. */
    public RetentionRun run(Long actorId, Long projectId, String by) {
        return run(actorId, projectId, by, () -> { });
    }

    /** Runs the job, calling {@code heartbeat} after each batch (a scheduled run renews its lease there). */
    public RetentionRun run(Long actorId, Long projectId, String by, Runnable heartbeat) {
        RetentionPolicy policy = RetentionPolicy.configured();
        LocalDate today = Age.today();
        Tally people = inBatches(() -> batch.anonymiseNext(policy, today, projectId), policy, heartbeat);
        Tally files = people.batches() > 0
                ? inBatches(() -> batch.removeNextFiles(policy, today, projectId), policy, heartbeat)
                : new Tally(0, 0);
        int total = people.done();
        int batches = people.batches();
        RetentionRun run = new RetentionRun(batches > 0, total, batches, files.done(), policy.adultCutoff(today),
                policy.minorCutoff(today));
        if (run.ran()) {
            AuditEntry entry = AuditEntry.of(AuditKind.RETENTION_ANONYMISED).actor(actorId, by)
                    .detail("count", total).detail("batches", batches).detail("filesRemoved", files.done())
                    .detail("adultCutoff", run.adultCutoff()).detail("minorCutoff", run.minorCutoff());
            if (projectId != null) {
                entry.target("project", projectId);
            }
            auditLog.record(entry);
        }
        return run;
    }

    /** What a series of batches did: items handled and batches run. */
    private record Tally(int done, int batches) {
    }

    /**
     * Runs {@code next} batch after batch, calling {@code heartbeat} after each, until one is not full; stops at once
     * when it answers -1 (another server holds the job's lock).
     */
    private static Tally inBatches(IntSupplier next, RetentionPolicy policy, Runnable heartbeat) {
        int done = 0;
        int batches = 0;
        while (batches < MAX_BATCHES) {
            int handled = next.getAsInt();
            if (handled < 0) {
                break;
            }
            batches++;
            done += handled;
            heartbeat.run();
            if (handled < policy.batchSize()) {
                break;
            }
        }
        return new Tally(done, batches);
    }
}
