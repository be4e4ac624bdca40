package org.healthedu.guidance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.healthedu.session.SessionTime;

/** A guidance note as shown: who wrote it, when (local time in China), what they saw and suggest. */
public record GuidanceNoteView(long id, long sessionId, long authorId, String authorName, LocalDateTime createdAt,
        String observed, String suggestions) implements Serializable {

    public GuidanceNoteView(long id, long sessionId, long authorId, String authorName, Instant createdAt,
            String observed, String suggestions) {
        this(id, sessionId, authorId, authorName, SessionTime.local(createdAt), observed, suggestions);
    }
}
