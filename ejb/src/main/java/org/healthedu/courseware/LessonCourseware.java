package org.healthedu.courseware;

import java.io.Serializable;
import org.healthedu.curriculum.LessonRef;

/**
 * A lesson of the project's curriculum at one site, with its courseware there ({@code courseware} null: none yet)
 * and whether the caller may start it.
 */
public record LessonCourseware(LessonRef lesson, CoursewareSummary courseware, boolean canCreate)
        implements Serializable {
}
