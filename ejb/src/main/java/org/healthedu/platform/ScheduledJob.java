package org.healthedu.platform;

import jakarta.ejb.ScheduleExpression;
import java.util.Arrays;
import java.util.Optional;
import org.healthedu.shared.Settings;

/**
 * The jobs that run on a schedule, once across a cluster ({@link JobScheduler}). Each schedule is "minute hour" in
 * China time, in the syntax of an EJB calendar expression ("30 3" is 03:30 daily, "*&#47;5 *" every five minutes),
 * set by a system property or an environment variable; an unreadable one is the default.
 */
public enum ScheduledJob {

    /** Anonymises participants whose retention period has ended (privacy). */
    RETENTION("retention", "healthedu.job.retention.schedule", "HEALTHEDU_JOB_RETENTION_SCHEDULE", "30 3");

    static final String ZONE = "Asia/Shanghai";

    private final String key;
    private final String property;
    private final String environment;
    private final String fallback;

    ScheduledJob(String key, String property, String environment, String fallback) {
        this.key = key;
        this.property = property;
        this.environment = environment;
        this.fallback = fallback;
    }

    /** The job named {@code key} in {@code job_run}, if there is one. */
    static Optional<ScheduledJob> byKey(Object key) {
        return Arrays.stream(values()).filter(job -> job.key.equals(key)).findFirst();
    }

    /** The job's name in {@code job_run}. */
    public String key() {
        return key;
    }

    /** The configured schedule ("minute hour"). */
    public String schedule() {
        String configured = Settings.text(property, environment, fallback);
        return parse(configured) == null ? fallback : configured;
    }

    public ScheduleExpression expression() {
        return parse(schedule());
    }

    /** The calendar expression of "minute hour", or null when it is not two fields. */
    static ScheduleExpression parse(String schedule) {
        String[] fields = schedule == null ? new String[0] : schedule.strip().split("\\s+");
        if (fields.length != 2 || !fields[0].matches("[0-9*/,\\-]+") || !fields[1].matches("[0-9*/,\\-]+")) {
            return null;
        }
        return new ScheduleExpression().second("0").minute(fields[0]).hour(fields[1]).dayOfMonth("*").month("*")
                .dayOfWeek("*").year("*").timezone(ZONE);
    }
}
