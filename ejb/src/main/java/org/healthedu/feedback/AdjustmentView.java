package org.healthedu.feedback;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/** An adjustment as listed: its session (lesson, batch, day), the question that prompted it, who wrote it and when. */
public record AdjustmentView(long id, long sessionId, long batchId, String batchName, int lessonPosition,
        String lessonTitleZh, String lessonTitleEn, LocalDateTime sessionStartsAt, Long questionId,
        String questionZh, String questionEn, String description, long authorId, String authorName,
        Instant createdAt, Instant updatedAt, long version, boolean editable) implements Serializable {
}
