package org.healthedu.web.feedback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.healthedu.feedback.FeedbackFigures.QuestionResult;
import org.healthedu.feedback.FeedbackFigures.Results;
import org.healthedu.feedback.FeedbackResults;
import org.healthedu.feedback.Measure;
import org.healthedu.shared.DomainException;

/**
 * The small feedback summary on the session page ({@code /WEB-INF/includes/feedback-results-summary.xhtml}): responses,
 * rate and the satisfaction mean, with a link to the full results. Read once per request.
 */
@Named
@RequestScoped
public class FeedbackSummaryPanel {

    @Inject
    private FeedbackResults feedback;

    private Long loadedFor;
    private Results results;

    public Results results(long sessionId) {
        if (loadedFor == null || loadedFor != sessionId) {
            try {
                results = feedback.session(sessionId);
            } catch (DomainException e) {
                results = null;
            }
            loadedFor = sessionId;
        }
        return results;
    }

    /** The satisfaction question's figures, or null when the form has none. */
    public QuestionResult satisfaction(long sessionId) {
        Results r = results(sessionId);
        return r == null ? null : r.questions().stream().filter(q -> q.measure() == Measure.SATISFACTION).findFirst()
                .orElse(null);
    }
}
