package org.healthedu.curriculum;

import java.io.Serializable;
import java.util.List;

/**
 * A curriculum with its lessons and segments. {@code current}: the latest version of its project (a template is
 * always current). {@code editable}: the caller may change it now; {@code editMakesNewVersion}: it is in use, so a
 * change is saved as the next version and this one stays as it is.
 */
public record CurriculumDetail(CurriculumSummary summary, List<LessonView> lessons, boolean current,
        boolean editable, boolean editMakesNewVersion) implements Serializable {

    public CurriculumDetail {
        lessons = List.copyOf(lessons);
    }

    public long id() {
        return summary.id();
    }
}
