package org.healthedu.feedback;

import java.io.Serializable;
import java.util.List;

/**
 * One respondent's answers as sent by the public form: {@code submissionKey} (a UUID made once per shown form, so a
 * resend finds the response it already stored), who answers ({@code PARENT}/{@code STUDENT}), the one-time ticket
 * from check-in if any, the form version the page showed (null: the current one) and the answers.
 */
public record Submission(String submissionKey, String audience, String ticket, Long formVersionId,
        List<Answer> answers) implements Serializable {

    /** One answer: a number for a scale, the chosen choices, or a text. */
    public record Answer(Long questionId, Integer number, List<Long> choiceIds, String text) implements Serializable {
    }
}
