package org.healthedu.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthedu.privacy.RetentionJob;
import org.healthedu.shared.Settings;

/**
 * Runs the {@link ScheduledJob}s once across a cluster. Every server keeps its own non-persistent timers (nothing of
 * them lives in one server's memory that another would need); when a job falls due, every server asks for its slot
 * and only the first gets it ({@link JobLeases#claim}). The slot is the time the schedule falls due next, which every
 * server computes alike however late its timer fires. A catch-up timer ({@code healthedu.jobs.catch-up-seconds},
 * default 60) takes over any run whose server died or failed mid-run, once its lease has run out.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    private static final String CATCH_UP = "catch-up";

    @Resource
    private TimerService timers;

    @Inject
    private JobLeases leases;

    @Inject
    private RetentionJob retention;

    @PostConstruct
    void start() {
        for (ScheduledJob job : ScheduledJob.values()) {
            timers.createCalendarTimer(job.expression(), new TimerConfig(job.key(), false));
            LOG.log(Level.INFO, "JOB {0} scheduled at \"{1}\" (minute hour, China time) on {2}",
                    new Object[] {job.key(), job.schedule(), Settings.nodeName()});
        }
        long every = Settings.number("healthedu.jobs.catch-up-seconds", "HEALTHEDU_JOBS_CATCH_UP_SECONDS", 60) * 1000L;
        timers.createIntervalTimer(Math.max(every, 1000L), Math.max(every, 1000L), new TimerConfig(CATCH_UP, false));
    }

    @Timeout
    void timeout(Timer timer) {
        try {
            if (CATCH_UP.equals(timer.getInfo())) {
                catchUp();
            } else {
                ScheduledJob.byKey(timer.getInfo()).ifPresent(job -> due(job, timer.getNextTimeout().toInstant()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a scheduled job could not start; the catch-up tries again", e);
        }
    }

    private void due(ScheduledJob job, Instant slot) {
        String node = Settings.nodeName();
        if (leases.claim(job.key(), slot, node)) {
            LOG.log(Level.INFO, "JOB {0} slot {1}: runs on {2}", new Object[] {job.key(), slot, node});
            run(job, slot, node);
        } else {
            LOG.log(Level.INFO, "JOB {0} slot {1}: another server has it; skipped on {2}",
                    new Object[] {job.key(), slot, node});
        }
    }

    /** Takes over and runs the slots left unfinished by a server that died or failed. */
    private void catchUp() {
        String node = Settings.nodeName();
        for (JobLeases.Slot abandoned : leases.takeOverAbandoned(node)) {
            ScheduledJob.byKey(abandoned.job()).ifPresent(job -> {
                LOG.log(Level.INFO, "JOB {0} slot {1}: left unfinished, taken over by {2}",
                        new Object[] {job.key(), abandoned.slot(), node});
                run(job, abandoned.slot(), node);
            });
        }
    }

    private void run(ScheduledJob job, Instant slot, String node) {
        Runnable heartbeat = () -> leases.renew(job.key(), slot, node);
        try {
            String outcome = switch (job) {
                case RETENTION -> retention.run(null, null, "schedule", heartbeat).summary();
            };
            leases.finish(job.key(), slot, node, outcome);
            LOG.log(Level.INFO, "JOB {0} slot {1}: done on {2}: {3}", new Object[] {job.key(), slot, node, outcome});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "JOB " + job.key() + " slot " + slot + " failed on " + node
                    + "; the catch-up tries again", e);
            leases.release(job.key(), slot, node, "failed: " + e.getClass().getSimpleName());
        }
    }
}
