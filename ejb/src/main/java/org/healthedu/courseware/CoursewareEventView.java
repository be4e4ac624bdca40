package org.healthedu.courseware;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the history: who ({@code actorName}), what ({@code kind}, with {@code fromStatus} → {@code toStatus} for
 * a workflow step and {@code detail} naming a file or link), on which version, when, and their comment.
 */
public record CoursewareEventView(long id, int versionNumber, CoursewareEventKind kind, CoursewareStatus fromStatus,
        CoursewareStatus toStatus, long actorAccountId, String actorName, String comment, String detail, Instant at)
        implements Serializable {
}
