package org.healthedu.cascade;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.healthedu.feedback.FeedbackWindow;

/**
 * A peer session's public feedback link token and the window it takes answers in (local times in China): the same
 * public form as training sessions, answered with the students' form of the host's training project.
 */
public record PeerFeedbackLink(long peerSessionId, String token, LocalDateTime opensAt, LocalDateTime closesAt,
        PeerSessionStatus status, FeedbackWindow state) implements Serializable {
}
