package org.healthedu.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks answers against the form version they answer, for one audience, and turns them into the rows to store:
 * every question known and asked of that audience, at most one answer per question, scales in range, choices of the
 * question (exactly one for a single choice), texts within their length (in characters) and free of NUL, and every
 * required question answered. Reports every problem, so a page can show each next to its question.
 */
public final class AnswerCheck {

    /** A row of {@code feedback_answer}: exactly one of choice, number and text. */
    public record Row(long questionId, Long choiceId, Integer number, String text) {
    }

    /** A problem: the question it concerns (null: the whole submission), the API's field, the message and its args. */
    public record Issue(Long questionId, String field, String messageKey, Object... args) {
    }

    public record Result(List<Row> rows, List<Issue> issues) {

        public boolean ok() {
            return issues.isEmpty();
        }
    }

    private AnswerCheck() {
    }

    public static Result check(FormDefinition form, Audience who, List<Submission.Answer> answers) {
        List<Row> rows = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        List<Submission.Answer> given = answers == null ? List.of() : answers;
        if (given.size() > FeedbackSettings.MAX_ANSWERS) {
            issues.add(new Issue(null, "answers", "feedback.public.tooManyAnswers", FeedbackSettings.MAX_ANSWERS));
            return new Result(List.of(), issues);
        }
        Map<Long, FormDefinition.Question> asked = form.questions().stream().filter(q -> q.askedOf(who))
                .collect(Collectors.toMap(FormDefinition.Question::id, Function.identity()));
        Set<Long> answered = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Submission.Answer answer = given.get(i);
            String field = "answers[" + i + "]";
            FormDefinition.Question q = answer == null || answer.questionId() == null ? null
                    : asked.get(answer.questionId());
            if (q == null) {
                issues.add(new Issue(null, field + ".questionId", "feedback.public.question.unknown"));
                continue;
            }
            if (!answered.add(q.id())) {
                issues.add(new Issue(q.id(), field + ".questionId", "feedback.public.question.twice"));
                continue;
            }
            int before = rows.size();
            Issue issue = rowsOf(q, answer, field, rows);
            if (issue != null) {
                issues.add(issue);
                answered.remove(q.id());
                while (rows.size() > before) {
                    rows.remove(rows.size() - 1);
                }
            } else if (rows.size() == before) {
                answered.remove(q.id()); // an empty answer (no choice, blank text) is no answer
            }
        }
        for (FormDefinition.Question q : form.questions()) {
            if (q.required() && q.askedOf(who) && !answered.contains(q.id())
                    && issues.stream().noneMatch(x -> q.id() == (x.questionId() == null ? -1 : x.questionId()))) {
                issues.add(new Issue(q.id(), "answers", "feedback.public.required"));
            }
        }
        return new Result(issues.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(issues));
    }

    private static Issue rowsOf(FormDefinition.Question q, Submission.Answer a, String field, List<Row> rows) {
        boolean hasChoices = a.choiceIds() != null && !a.choiceIds().isEmpty();
        QuestionKind kind = q.kind();
        if (kind.isScale()) {
            if (hasChoices || a.text() != null) {
                return new Issue(q.id(), field, "feedback.public.answer.wrongKind");
            }
            if (a.number() == null) {
                return null;
            }
            if (a.number() < kind.min() || a.number() > kind.max()) {
                return new Issue(q.id(), field + ".number", "feedback.public.scale.range", kind.min(), kind.max());
            }
            rows.add(new Row(q.id(), null, a.number(), null));
            return null;
        }
        if (kind.hasChoices()) {
            if (a.number() != null || a.text() != null) {
                return new Issue(q.id(), field, "feedback.public.answer.wrongKind");
            }
            if (!hasChoices) {
                return null;
            }
            Set<Long> chosen = new LinkedHashSet<>(a.choiceIds());
            if (kind == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
                return new Issue(q.id(), field + ".choiceIds", "feedback.public.choice.one");
            }
            Set<Long> known = q.choices().stream().map(FormDefinition.Choice::id).collect(Collectors.toSet());
            for (Long choice : chosen) {
                if (choice == null || !known.contains(choice)) {
                    return new Issue(q.id(), field + ".choiceIds", "feedback.public.choice.unknown");
                }
                rows.add(new Row(q.id(), choice, null, null));
            }
            return null;
        }
        if (a.number() != null || hasChoices) {
            return new Issue(q.id(), field, "feedback.public.answer.wrongKind");
        }
        String text = a.text();
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            return new Issue(q.id(), field + ".text", "feedback.public.text.invalid");
        }
        if (text.codePointCount(0, text.length()) > kind.maxLength()) {
            return new Issue(q.id(), field + ".text", "feedback.public.text.tooLong", kind.maxLength());
        }
        rows.add(new Row(q.id(), null, null, text));
        return null;
    }
}
