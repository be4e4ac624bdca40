package org.healthedu.dashboard;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.healthedu.session.SessionTime;

/** The records the dashboard answers with (the API's JSON and the page's rows). */
public final class Figures {

    private Figures() {
    }

    /** Attended ÷ expected, to three places; null when nobody was expected. */
    public static Double rate(long attended, long expected) {
        return expected == 0 ? null : Math.round(attended * 1000.0 / expected) / 1000.0;
    }

    /**
     * Session counts by status; {@code expected}: marks expected at HELD sessions (people enrolled in the batch on the
     * session's day), {@code attended}: those PRESENT or LATE.
     */
    public record Totals(int sites, int batches, long planned, long held, long cancelled, long postponed,
            long expected, long attended, Double rate, int atRisk, int gaps, int heldWithoutAttendance)
            implements Serializable {
    }

    public record SiteFigures(long projectSiteId, long siteId, String siteNameZh, String unitNameZh, int batches,
            long planned, long held, long cancelled, long postponed, long expected, long attended, Double rate)
            implements Serializable {
    }

    /** {@code lessons}: in the batch's curriculum; {@code lessonsHeld}: distinct lessons with a HELD session. */
    public record BatchFigures(long batchId, int number, String name, long projectSiteId, String siteNameZh,
            int lessons, int lessonsHeld, long planned, long held, long cancelled, long postponed, long expected,
            long attended, Double rate, int atRisk) implements Serializable {
    }

    public record LessonFigures(int position, String titleZh, String titleEn, long held, long expected,
            long attended, Double rate) implements Serializable {
    }

    /** A lesson of a batch's curriculum with no HELD session; {@code planned}: a PLANNED one exists. */
    public record CoverageGap(long batchId, int batchNumber, String batchName, long projectSiteId, String siteNameZh,
            int position, String titleZh, String titleEn, boolean planned) implements Serializable {
    }

    /** A session as the drill-down lists it, with its marks (expected and attended count for HELD ones only). */
    public record SessionFigures(long sessionId, long batchId, String batchName, long projectSiteId,
            String siteNameZh, int position, String titleZh, LocalDateTime startsAt, String status, long expected,
            long attended, long recorded, Double rate) implements Serializable {

        public SessionFigures(long sessionId, long batchId, String batchName, long projectSiteId, String siteNameZh,
                int position, String titleZh, Instant startsAt, String status, long expected, long attended,
                long recorded) {
            this(sessionId, batchId, batchName, projectSiteId, siteNameZh, position, titleZh,
                    SessionTime.local(startsAt), status, expected, attended, recorded,
                    "HELD".equals(status) ? Figures.rate(attended, expected) : null);
        }
    }

    /**
     * Someone who missed two HELD sessions of their batch in a row (by the project's completion rule: LATE and EXCUSED
     * count as attended as the rule says). {@code displayName} only for viewers who may read the batch's roster.
     */
    public record AtRiskPerson(long participantId, String displayName, long batchId, String batchName,
            long projectSiteId, String siteNameZh, int missed, int expected, LocalDate lastMissed)
            implements Serializable {
    }

    public record Dashboard(long projectId, String projectCode, String projectNameZh, boolean wholeProject,
            Long projectSiteId, Totals totals, List<SiteFigures> sites, List<BatchFigures> batches,
            List<LessonFigures> lessons, List<CoverageGap> gaps, List<SessionFigures> heldWithoutAttendance,
            List<AtRiskPerson> atRisk) implements Serializable {
    }
}
