package org.healthedu.courseware;

import java.io.Serializable;
import java.util.List;

/**
 * A courseware with all its versions (newest first, each with its items and the caller's allowed actions) and its
 * whole history (oldest first). {@code canComment}: the caller may comment; {@code projectOpen}: false once the
 * project is closed (everything is then read-only).
 */
public record CoursewareDetail(CoursewareSummary courseware, boolean projectOpen, boolean canComment,
        List<CoursewareVersionView> versions, List<CoursewareEventView> history) implements Serializable {

    /** The newest version. */
    public CoursewareVersionView latest() {
        return versions.get(0);
    }

    public CoursewareVersionView version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst().orElse(null);
    }
}
