package org.healthedu.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the project dashboard shows for a project and a scope unit (its subtree). */
public record ProjectDashboard(long projectId, String projectCode, String projectNameZh, String projectNameEn,
        LocalDate projectStart, LocalDate projectEnd, long unitId, String unitNameZh, String unitNameEn,
        Long parentUnitId, List<Month> months, List<TargetProgress> targets, List<LessonSatisfaction> lessons,
        Completeness completeness) implements Serializable {

    /** A month's own figures (not cumulative); series are summed in the page. */
    public record Month(LocalDate month, long sessionsHeld, long expected, long attended, long contacts,
            long feedbackResponses, long enrolled, long enrolledParents, long enrolledStudents,
            long enrolledPeerEducators, long enrolledFemale, long enrolledMale, long reached,
            Map<String, Long> reachedByType) implements Serializable {

        /** Attended / expected, null when nobody was expected. */
        public Double attendanceRate() {
            return expected == 0 ? null : (double) attended / expected;
        }

        /** This month's figure of a measure the monthly series carries, null for the others. */
        public Long value(Measure measure) {
            return switch (measure) {
                case SESSIONS_HELD -> sessionsHeld;
                case EXPECTED -> expected;
                case ATTENDED -> attended;
                case CONTACTS -> contacts;
                case FEEDBACK_RESPONSES -> feedbackResponses;
                case ENROLLED -> enrolled;
                case ENROLLED_PARENTS -> enrolledParents;
                case ENROLLED_STUDENTS -> enrolledStudents;
                case ENROLLED_PEER_EDUCATORS -> enrolledPeerEducators;
                case ENROLLED_FEMALE -> enrolledFemale;
                case ENROLLED_MALE -> enrolledMale;
                case REACHED -> reached;
                case REACHED_LECTURE, REACHED_CONSULTATION, REACHED_CAMPAIGN, REACHED_VOLUNTEER_SERVICE,
                        REACHED_FAMILY_VISIT, REACHED_OTHER ->
                    reachedByType.getOrDefault(measure.name().substring("REACHED_".length()), 0L);
                default -> null;
            };
        }
    }

    /** Mean satisfaction of the answers about sessions of a lesson (by curriculum position). */
    public record LessonSatisfaction(int position, String titleZh, String titleEn, double mean, long answers)
            implements Serializable {
    }

    /** Completion reports of the latest period under the unit, by status; {@code kind} null: no report yet. */
    public record Completeness(String kind, LocalDate periodStart, LocalDate periodEnd, Map<String, Long> byStatus)
            implements Serializable {
    }

    /**
     * A child unit's (or a site's) figures for one month: the rows behind a point of a monthly chart. {@code id}: the
     * unit's id, or for a site at the unit itself its project site's id.
     */
    public record ChildMonth(boolean site, long id, String nameZh, String nameEn, long sessionsHeld, long expected,
            long attended, long feedbackResponses) implements Serializable {

        public Double attendanceRate() {
            return expected == 0 ? null : (double) attended / expected;
        }
    }

    /** A held session of a lesson with its satisfaction answers: the rows behind a lesson's bar. */
    public record SessionSatisfaction(long sessionId, Instant startsAt, String siteNameZh, String batchName,
            long answers, Double mean) implements Serializable {
    }

    /** A completion report under the unit in the latest period: the rows behind a status bar. */
    public record ReportRow(long reportId, long unitId, String unitNameZh, String status, LocalDate dueOn,
            Instant submittedAt) implements Serializable {
    }
}
