package org.healthedu.feedback;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.healthedu.shared.Page;

/**
 * What feedback results show. A figure marked {@code tooFew} is about fewer responses than the small-cell threshold
 * and is hidden from the viewer (its distribution, mean, median and texts are empty); counts of responses still show.
 */
public final class FeedbackFigures {

    private FeedbackFigures() {
    }

    /**
     * Results of one session ({@code session} set) or of a project's sessions narrowed by the filters. {@code rate} is
     * responses ÷ people present or late (null when nobody was marked); {@code ownSessions}: the viewer trains every
     * session counted, so nothing is hidden from them.
     */
    public record Results(long projectId, String projectCode, String projectName, SessionHeader session,
            Filters filters, long sessions, long responses, long attended, Double rate, int minCell,
            boolean ownSessions, boolean tooFew, List<QuestionResult> questions) implements Serializable {
    }

    public record Filters(Long siteId, Long batchId, Integer lesson, Long trainerId) implements Serializable {
    }

    public record SessionHeader(long id, long batchId, String batchName, long projectSiteId, String siteName,
            int lessonPosition, String lessonTitleZh, String lessonTitleEn, LocalDateTime startsAt,
            String status, String leadTrainerName) implements Serializable {
    }

    /**
     * One question (all versions of it: its lineage), with the texts of its newest version. {@code n}: responses that
     * answered it. Scales have a bar per value and a mean and median; choices a bar per choice (a response may pick
     * several); texts only their count here (the texts are paged apart).
     */
    public record QuestionResult(long lineageId, long questionId, QuestionKind kind, Measure measure, String textZh,
            String textEn, long n, boolean tooFew, Double mean, Double median, List<Bar> bars)
            implements Serializable {
    }

    /** A scale value ({@code value}, no labels) or a choice (its position as value, with labels). */
    public record Bar(int value, String labelZh, String labelEn, long count, int percent) implements Serializable {
    }

    public record TextAnswer(long lineageId, String questionZh, String questionEn, String text)
            implements Serializable {
    }

    /** Free-text answers, newest response first; empty with {@code tooFew} when they would single people out. */
    public record TextAnswers(boolean tooFew, int minCell, Page<TextAnswer> page) implements Serializable {
    }

    /** Rows by batch, lesson (position) or lead trainer: means of the three measured scales with their n. */
    public record Comparison(String by, int minCell, List<CompareRow> rows) implements Serializable {
    }

    public record CompareRow(long key, String labelZh, String labelEn, long sessions, long responses, long attended,
            Double rate, boolean tooFew, Double satisfaction, long satisfactionN, Double usefulness, long usefulnessN,
            Double clarity, long clarityN) implements Serializable {
    }

    static Double rate(long responses, long attended) {
        return attended == 0 ? null : Math.round(responses * 1000.0 / attended) / 1000.0;
    }

    static Double round2(Double value) {
        return value == null ? null : Math.round(value * 100.0) / 100.0;
    }
}
