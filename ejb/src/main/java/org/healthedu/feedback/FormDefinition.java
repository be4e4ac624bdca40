package org.healthedu.feedback;

import java.io.Serializable;
import java.util.List;

/**
 * A form version as it is shown and answered: the form's name and audience, then sections, questions and choices in
 * order. Read by the builder, the public form and the results alike.
 */
public record FormDefinition(long formId, long versionId, int versionNumber, String templateCode, String nameZh,
        String nameEn, boolean forParents, boolean forStudents, boolean identified, List<Section> sections)
        implements Serializable {

    public record Section(long id, int position, String titleZh, String titleEn, List<Question> questions)
            implements Serializable {
    }

    public record Question(long id, long lineageId, int position, QuestionKind kind, boolean required,
            Audience audience, Measure measure, String textZh, String textEn, List<Choice> choices)
            implements Serializable {

        /** Whether someone of this audience is asked this question. */
        public boolean askedOf(Audience who) {
            return audience == null || audience == who;
        }
    }

    public record Choice(long id, int position, String labelZh, String labelEn) implements Serializable {
    }

    /** Every question, in order. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public boolean answeredBy(Audience who) {
        return who == Audience.PARENT ? forParents : forStudents;
    }
}
