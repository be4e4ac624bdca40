package org.healthedu.courseware;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A version of a courseware with its files and links, who started it, whether it is the newest and whether it is the
 * approved current one, and what the caller may do with it now ({@code allowedActions}). {@code version} is the
 * optimistic lock to send back with a step.
 */
public record CoursewareVersionView(long id, int number, CoursewareStatus status, long authorAccountId,
        String authorName, Integer basedOnNumber, Instant createdAt, Instant statusChangedAt, boolean latest,
        boolean current, List<CoursewareItemView> items, Set<CoursewareAction> allowedActions, long version)
        implements Serializable {
}
