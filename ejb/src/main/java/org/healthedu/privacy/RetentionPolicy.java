package org.healthedu.privacy;

import java.time.LocalDate;
import org.healthedu.enrolment.Age;
import org.healthedu.shared.Settings;

/**
 * How long a participant's personal fields are kept after the last project they took part in ended (PIPL art. 19
 * and the CAC children's provisions art. 20: no longer than the purpose needs). Adults: 36 months by default, long
 * enough for the funder's three-year audits of a project's lists. Anyone who could still be under 18: 12 months by
 * default, the shortest period that still covers the project's final report and its review (the children's
 * provisions ask for the minimum); the figures themselves need no names. Both are settings:
 * {@code HEALTHEDU_RETENTION_MONTHS_AFTER_PROJECT_END} and {@code HEALTHEDU_RETENTION_MONTHS_MINORS} (or the system
 * properties {@code healthedu.retention.months} and {@code healthedu.retention.minorMonths}); batch size
 * {@code HEALTHEDU_RETENTION_BATCH} (500). Uploaded files that may show participants (activity evidence, report
 * attachments) lose their content on the same periods, counted from their project's end (RetentionBatch).
 */
public record RetentionPolicy(int adultMonths, int minorMonths, int batchSize) {

    public static final int DEFAULT_ADULT_MONTHS = 36;
    public static final int DEFAULT_MINOR_MONTHS = 12;
    public static final int DEFAULT_BATCH = 500;

    public static RetentionPolicy configured() {
        return new RetentionPolicy(
                Settings.number("healthedu.retention.months", "HEALTHEDU_RETENTION_MONTHS_AFTER_PROJECT_END",
                        DEFAULT_ADULT_MONTHS),
                Settings.number("healthedu.retention.minorMonths", "HEALTHEDU_RETENTION_MONTHS_MINORS",
                        DEFAULT_MINOR_MONTHS),
                Math.max(1, Settings.number("healthedu.retention.batch", "HEALTHEDU_RETENTION_BATCH",
                        DEFAULT_BATCH)));
    }

    /** An adult's personal fields go once every project they were enrolled in ended on or before this day. */
    public LocalDate adultCutoff(LocalDate today) {
        return today.minusMonths(adultMonths);
    }

    /** The same for someone who could be under 18 today. */
    public LocalDate minorCutoff(LocalDate today) {
        return today.minusMonths(minorMonths);
    }

    /**
     * Someone born after this year could be under 18 today (born in Y, they are at least today.year - Y - 1), as
     * {@link Age#possiblyUnder}: unknown birth years (parents) count as adults.
     */
    public static int minorsBornAfter(LocalDate today) {
        return today.getYear() - Age.ADULT_AGE - 1;
    }
}
