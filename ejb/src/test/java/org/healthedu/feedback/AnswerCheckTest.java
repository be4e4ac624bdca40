package org.healthedu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    private static final FormDefinition.Question LIKERT = question(1, QuestionKind.LIKERT5, true, null);
    private static final FormDefinition.Question RATING = question(2, QuestionKind.RATING10, true, Audience.PARENT);
    private static final FormDefinition.Question SINGLE = new FormDefinition.Question(3, 3, 3,
            QuestionKind.SINGLE_CHOICE, false, null, null, "时长", null,
            List.of(new FormDefinition.Choice(31, 1, "短", null), new FormDefinition.Choice(32, 2, "长", null)));
    private static final FormDefinition.Question MULTI = new FormDefinition.Question(4, 4, 4,
            QuestionKind.MULTIPLE_CHOICE, false, null, null, "话题", null,
            List.of(new FormDefinition.Choice(41, 1, "甲", null), new FormDefinition.Choice(42, 2, "乙", null)));
    private static final FormDefinition.Question TEXT = question(5, QuestionKind.SHORT_TEXT, false, null);
    private static final FormDefinition.Question STUDENTS_ONLY = question(6, QuestionKind.LIKERT5, true,
            Audience.STUDENT);
    private static final FormDefinition FORM = new FormDefinition(1, 1, 1, null, "表", null, true, true, false,
            List.of(new FormDefinition.Section(1, 1, "一", null, List.of(LIKERT, RATING, SINGLE, MULTI, TEXT,
                    STUDENTS_ONLY))));

    private static FormDefinition.Question question(long id, QuestionKind kind, boolean required, Audience who) {
        return new FormDefinition.Question(id, id, (int) id, kind, required, who, null, "问题" + id, null, List.of());
    }

    private static Submission.Answer number(long q, int n) {
        return new Submission.Answer(q, n, null, null);
    }

    private static Submission.Answer choices(long q, Long... ids) {
        return new Submission.Answer(q, null, List.of(ids), null);
    }

    private static Submission.Answer text(long q, String t) {
        return new Submission.Answer(q, null, null, t);
    }

    private static List<String> keys(AnswerCheck.Result result) {
        return result.issues().stream().map(AnswerCheck.Issue::messageKey).toList();
    }

    @Test
    void aParentsFullAnswerBecomesOneRowPerValueAndChoice() {
        AnswerCheck.Result r = AnswerCheck.check(FORM, Audience.PARENT, List.of(number(1, 5), number(2, 0),
                choices(3, 32L), choices(4, 41L, 42L), text(5, "<b>好</b>")));
        assertThat(r.ok()).as(r.issues().toString()).isTrue();
        assertThat(r.rows()).containsExactly(new AnswerCheck.Row(1, null, 5, null),
                new AnswerCheck.Row(2, null, 0, null), new AnswerCheck.Row(3, 32L, null, null),
                new AnswerCheck.Row(4, 41L, null, null), new AnswerCheck.Row(4, 42L, null, null),
                new AnswerCheck.Row(5, null, null, "<b>好</b>"));
    }

    @Test
    void requiredQuestionsAreThoseOfTheAudience() {
        assertThat(keys(AnswerCheck.check(FORM, Audience.PARENT, List.of(number(1, 3)))))
                .containsExactly("feedback.public.required");
        assertThat(AnswerCheck.check(FORM, Audience.STUDENT, List.of(number(1, 3), number(6, 2))).ok()).isTrue();
        assertThat(keys(AnswerCheck.check(FORM, Audience.STUDENT, List.of(number(1, 3), number(6, 2),
                number(2, 5))))).as("not asked of students").containsExactly("feedback.public.question.unknown");
        assertThat(keys(AnswerCheck.check(FORM, Audience.PARENT, List.of(number(1, 3), number(2, 5),
                text(5, "   "))))).as("a blank text is no answer").isEmpty();
    }

    @Test
    void everyKindOfBadAnswerIsReported() {
        assertThat(keys(AnswerCheck.check(FORM, Audience.PARENT, List.of(number(1, 6), number(2, 11),
                choices(3, 31L, 32L), choices(4, 31L), text(5, "长".repeat(201)), number(99, 1)))))
                .containsExactlyInAnyOrder("feedback.public.scale.range", "feedback.public.scale.range",
                        "feedback.public.choice.one", "feedback.public.choice.unknown",
                        "feedback.public.text.tooLong", "feedback.public.question.unknown");
        assertThat(keys(AnswerCheck.check(FORM, Audience.PARENT, List.of(number(1, 3), number(1, 4),
                number(2, 5))))).containsExactly("feedback.public.question.twice");
        assertThat(keys(AnswerCheck.check(FORM, Audience.PARENT, List.of(new Submission.Answer(1L, null, null,
                "5"), number(2, 5))))).containsExactly("feedback.public.answer.wrongKind");
        assertThat(keys(AnswerCheck.check(FORM, Audience.PARENT, List.of(number(1, 3), number(2, 5),
                text(5, "a\u0000b"))))).containsExactly("feedback.public.text.invalid");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String emoji = "😀".repeat(200);
        assertThat(AnswerCheck.check(FORM, Audience.PARENT, List.of(number(1, 3), number(2, 5), text(5, emoji)))
                .ok()).isTrue();
    }
}
