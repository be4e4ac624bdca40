package org.healthedu.feedback;

import java.io.Serializable;
import java.util.List;

/**
 * What the builder saves: the form's name and audience (null: unchanged) and its whole content, sections → questions
 * → choices in order, against the form's version the editor read ({@code expectedVersion}, null: unchecked). A
 * question's {@code lineageId} names the question of the current version it continues; null starts a new one.
 */
public record FormDraft(Long expectedVersion, String nameZh, String nameEn, Boolean forParents, Boolean forStudents,
        Boolean identified, List<SectionDraft> sections) implements Serializable {

    public record SectionDraft(String titleZh, String titleEn, List<QuestionDraft> questions) implements Serializable {
    }

    public record QuestionDraft(Long lineageId, QuestionKind kind, boolean required, Audience audience,
            Measure measure, String textZh, String textEn, List<ChoiceDraft> choices) implements Serializable {
    }

    public record ChoiceDraft(String labelZh, String labelEn) implements Serializable {
    }
}
