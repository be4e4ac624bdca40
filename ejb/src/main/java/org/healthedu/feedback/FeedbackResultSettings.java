package org.healthedu.feedback;

import org.healthedu.shared.Settings;

/**
 * How feedback results are shown, from a system property or an environment variable (read on every use):
 * {@code HEALTHEDU_FEEDBACK_MIN_CELL} / {@code healthedu.feedback.min-cell} (default 5): above a session's own
 * trainers, a figure about fewer responses than this is shown as "too few responses", so nobody can be singled out.
 */
public record FeedbackResultSettings(int minCell) {

    public static final int DEFAULT_MIN_CELL = 5;

    public static FeedbackResultSettings current() {
        return new FeedbackResultSettings(Math.max(1,
                Settings.number("healthedu.feedback.min-cell", "HEALTHEDU_FEEDBACK_MIN_CELL", DEFAULT_MIN_CELL)));
    }

    /** Whether a figure about {@code responses} responses is hidden from a viewer who is not the session's trainer. */
    public boolean tooFew(long responses, boolean ownSessions) {
        return !ownSessions && responses < minCell;
    }
}
