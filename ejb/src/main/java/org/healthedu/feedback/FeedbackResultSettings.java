package org.healthedu.feedback;

/**
 * How feedback results are shown, from a system property or an environment variable (read on every use):
 * {@code HEALTHEDU_FEEDBACK_MIN_CELL} / {@code healthedu.feedback.min-cell} (default 5): above a session's own
 * trainers, a figure about fewer responses than this is shown as "too few responses", so nobody can be singled out.
 */
public record FeedbackResultSettings(int minCell) {

    public static final int DEFAULT_MIN_CELL = 5;

    public static FeedbackResultSettings current() {
        String value = System.getProperty("healthedu.feedback.min-cell", System.getenv("HEALTHEDU_FEEDBACK_MIN_CELL"));
        int minCell = DEFAULT_MIN_CELL;
        if (value != null && !value.isBlank()) {
            try {
                minCell = Math.max(1, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                minCell = DEFAULT_MIN_CELL;
            }
        }
        return new FeedbackResultSettings(minCell);
    }

    /** Whether a figure about {@code responses} responses is hidden from a viewer who is not the session's trainer. */
    public boolean tooFew(long responses, boolean ownSessions) {
        return !ownSessions && responses < minCell;
    }
}
