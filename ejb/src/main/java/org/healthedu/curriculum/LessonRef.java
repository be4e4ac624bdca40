package org.healthedu.curriculum;

import java.io.Serializable;

/**
 * A lesson as other features refer to it (courseware hangs on a lesson): its curriculum, the project ({@code null}
 * for a template's lesson), the version and the lineage that finds it again in other versions.
 */
public record LessonRef(long id, long curriculumId, Long projectId, int versionNo, long lineageId, int position,
        String titleZh, String titleEn) implements Serializable {
}
