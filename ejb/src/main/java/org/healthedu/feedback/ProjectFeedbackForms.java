package org.healthedu.feedback;

import java.io.Serializable;
import java.util.List;

/**
 * Which form each lesson of a project uses: the project's default (null: none, the shipped template that fits its
 * participants is used), the fallback template, and per lesson (by lineage) its own choice and the form it ends up
 * with. A form whose audience does not fit the project's participants is flagged, not refused.
 */
public record ProjectFeedbackForms(long projectId, FormRef projectDefault, FormRef fallback,
        List<LessonForm> lessons, boolean manageable) implements Serializable {

    /** Where a lesson's form comes from. */
    public enum Source {
        LESSON, PROJECT, TEMPLATE
    }

    public record FormRef(long id, String nameZh, String nameEn, boolean forParents, boolean forStudents,
            boolean template, boolean audienceMismatch) implements Serializable {

        public String displayName(boolean english) {
            return english && nameEn != null ? nameEn : nameZh;
        }
    }

    public record LessonForm(long lessonLineageId, int position, String titleZh, String titleEn, FormRef assigned,
            FormRef effective, Source source) implements Serializable {

        public String displayTitle(boolean english) {
            return english && titleEn != null ? titleEn : titleZh;
        }
    }
}
