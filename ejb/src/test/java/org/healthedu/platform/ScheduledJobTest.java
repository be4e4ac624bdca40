package org.healthedu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScheduledJobTest {

    @AfterEach
    void clear() {
        System.clearProperty("healthedu.job.retention.schedule");
    }

    @Test
    void retentionRunsAtHalfPastThreeChinaTimeByDefault() {
        ScheduleExpression when = ScheduledJob.RETENTION.expression();
        assertThat(when.getSecond()).isEqualTo("0");
        assertThat(when.getMinute()).isEqualTo("30");
        assertThat(when.getHour()).isEqualTo("3");
        assertThat(when.getTimezone()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void aConfiguredScheduleIsMinuteThenHour() {
        System.setProperty("healthedu.job.retention.schedule", " */5  * ");
        assertThat(ScheduledJob.RETENTION.expression().getMinute()).isEqualTo("*/5");
        assertThat(ScheduledJob.RETENTION.expression().getHour()).isEqualTo("*");
    }

    @Test
    void anUnreadableScheduleIsTheDefault() {
        for (String bad : new String[] {"daily", "30", "30 3 *", "30; 3", ""}) {
            System.setProperty("healthedu.job.retention.schedule", bad);
            assertThat(ScheduledJob.RETENTION.schedule()).as(bad).isEqualTo("30 3");
        }
    }
}
