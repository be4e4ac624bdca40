package org.healthedu.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthedu.audit.AuditEntry;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditLog;
import org.healthedu.enrolment.Age;

/**
 * The daily retention run (03:30 China time on every server; the batches' advisory lock lets one of them work): batch
 * after batch until no participant is due, then batch after batch until no uploaded file that may show participants
 * is due (its content removed, {@link RetentionBatch#removeNextFiles}), then one RETENTION_ANONYMISED audit event with
 * both counts. Admins can run it now
 * through {@link RetentionService}; the timer is not persistent, so nothing of it lives in one server's memory.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    /** Stops a run that keeps finding work (it should not: each batch anonymises what it found). */
    private static final int MAX_BATCHES = 10_000;

    @Inject
    private RetentionBatch batch;

    @Inject
    private AuditLog auditLog;

    @Schedule(hour = "3", minute = "30", timezone = "Asia/Shanghai", persistent = false, info = "retention")
    void daily() {
        try {
            run(null, null, "schedule");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the retention run failed; it runs again tomorrow", e);
        }
    }

    /** Runs the job now (limited to the participants of {@code projectId} when given); {@code by} is for the audit. */
    public RetentionRun run(Long actorId, Long projectId, String by) {
        RetentionPolicy policy = RetentionPolicy.configured();
        LocalDate today = Age.today();
        int total = 0;
        int batches = 0;
        while (batches < MAX_BATCHES) {
            int done = batch.anonymiseNext(policy, today, projectId);
            if (done < 0) {
                break;
            }
            batches++;
            total += done;
            if (done < policy.batchSize()) {
                break;
            }
        }
        int files = 0;
        int fileBatches = 0;
        while (batches > 0 && fileBatches < MAX_BATCHES) {
            int done = batch.removeNextFiles(policy, today, projectId);
            if (done < 0) {
                break;
            }
            fileBatches++;
            files += done;
            if (done < policy.batchSize()) {
                break;
            }
        }
        RetentionRun run = new RetentionRun(batches > 0, total, batches, files, policy.adultCutoff(today),
                policy.minorCutoff(today));
        if (run.ran()) {
            AuditEntry entry = AuditEntry.of(AuditKind.RETENTION_ANONYMISED).actor(actorId, by)
                    .detail("count", total).detail("batches", batches).detail("filesRemoved", files)
                    .detail("adultCutoff", run.adultCutoff()).detail("minorCutoff", run.minorCutoff());
            if (projectId != null) {
                entry.target("project", projectId);
            }
            auditLog.record(entry);
        }
        return run;
    }
}
