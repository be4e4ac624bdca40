package org.healthedu.feedback;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.healthedu.session.SessionStatus;

/** A session's public feedback link token and the window it takes answers in (local times in China). */
public record FeedbackLinkView(long sessionId, String token, LocalDateTime opensAt, LocalDateTime closesAt,
        SessionStatus status, FeedbackWindow state) implements Serializable {
}
