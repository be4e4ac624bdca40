package org.healthedu.courseware;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An approved version of a lesson's courseware at a project site, with its files and links: what a session may use.
 * {@code current}: the one approved last (there is exactly one current version once any is approved).
 */
public record ApprovedCourseware(long coursewareId, long versionId, int number, boolean current, Instant approvedAt,
        List<CoursewareItemView> items) implements Serializable {
}
