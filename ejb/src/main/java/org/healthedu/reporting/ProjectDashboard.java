package org.healthedu.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the project dashboard shows for a project and a scope unit (its subtree). {@code minCell}: null when exact (the
 * site's own trainers), else the small-cell threshold the monthly breakdowns were hidden under.
 */
public record ProjectDashboard(long projectId, String projectCode, String projectNameZh, String projectNameEn,
        LocalDate projectStart, LocalDate projectEnd, long unitId, String unitNameZh, String unitNameEn,
        Long parentUnitId, List<Month> months, List<TargetProgress> targets, List<LessonSatisfaction> lessons,
        Completeness completeness, Integer minCell) implements Serializable {

    /**
     * A month's own figures (not cumulative); series are summed in the page. Above the site the breakdowns of people
     * (by kind, sex, activity type) may be hidden as small cells ({@link SmallCells}): null, and listed in
     * {@code suppressed}.
     */
    public record Month(LocalDate month, long sessionsHeld, long expected, long attended, long contacts,
            long feedbackResponses, long enrolled, Long enrolledParents, Long enrolledStudents,
            Long enrolledPeerEducators, Long enrolledFemale, Long enrolledMale, long reached,
            Map<String, Long> reachedByType, List<String> suppressed) implements Serializable {

        /** Attended / expected, null when nobody was expected. */
        public Double attendanceRate() {
            return expected == 0 ? null : (double) attended / expected;
        }

        /** This month's figure of a measure the monthly series carries, null for the others and hidden cells. */
        public Long value(Measure measure) {
            if (suppressed != null && suppressed.contains(measure.name())) {
                return null;
            }
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

        /** The month with these breakdown measures hidden. */
        Month without(List<String> hidden) {
            if (hidden.isEmpty()) {
                return this;
            }
            Map<String, Long> byType = new java.util.LinkedHashMap<>(reachedByType);
            byType.keySet().removeIf(type -> hidden.contains("REACHED_" + type));
            return new Month(month, sessionsHeld, expected, attended, contacts, feedbackResponses, enrolled,
                    hide(hidden, Measure.ENROLLED_PARENTS, enrolledParents),
                    hide(hidden, Measure.ENROLLED_STUDENTS, enrolledStudents),
                    hide(hidden, Measure.ENROLLED_PEER_EDUCATORS, enrolledPeerEducators),
                    hide(hidden, Measure.ENROLLED_FEMALE, enrolledFemale),
                    hide(hidden, Measure.ENROLLED_MALE, enrolledMale), reached, byType, List.copyOf(hidden));
        }

        private static Long hide(List<String> hidden, Measure measure, Long value) {
            return hidden.contains(measure.name()) ? null : value;
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
