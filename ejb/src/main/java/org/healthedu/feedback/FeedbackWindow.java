package org.healthedu.feedback;

import java.time.Instant;
import org.healthedu.session.SessionStatus;

/**
 * Whether a session's public form takes answers: from the session's start until some days after its end, and only for
 * sessions that are on (planned or held; not cancelled or postponed).
 */
public enum FeedbackWindow {
    OPEN, NOT_YET, CLOSED, NOT_ON;

    public static FeedbackWindow of(SessionStatus status, Instant start, Instant end, FeedbackSettings settings,
            Instant now) {
        return of(status == SessionStatus.PLANNED || status == SessionStatus.HELD, start, end, settings, now);
    }

    /** The same for anything that is {@code on} or not (a peer session, whose statuses are its own). */
    public static FeedbackWindow of(boolean on, Instant start, Instant end, FeedbackSettings settings, Instant now) {
        if (!on) {
            return NOT_ON;
        }
        if (now.isBefore(settings.opensAt(start))) {
            return NOT_YET;
        }
        return now.isAfter(settings.closesAt(end)) ? CLOSED : OPEN;
    }
}
