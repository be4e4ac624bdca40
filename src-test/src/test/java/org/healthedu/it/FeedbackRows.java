package org.healthedu.it;

import java.util.UUID;

/**
 * Feedback responses written straight into the database for results tests (the public form is tested on its own):
 * answers to the shipped parents' form's current version, as a parent would give them, with random keys.
 */
final class FeedbackRows {

    private FeedbackRows() {
    }

    /** The id of the parents' template's question at section {@code section}, position {@code position}. */
    static long question(int section, int position) {
        return ((Number) Db.value("""
                select q.id from feedback_form f join feedback_section s on s.version_id = f.current_version_id
                  join feedback_question q on q.section_id = s.id
                 where f.template_code = 'POST_SESSION_PARENTS' and s.position = ? and q.position = ?""",
                section, position)).longValue();
    }

    /**
     * One response: usefulness and clarity (1–5), satisfaction (0–10), the length choice's position (null: skipped),
     * topic choice positions, and an improvement text (null: none). Returns the respondent key stored.
     */
    static String respond(long sessionId, int usefulness, int clarity, int satisfaction, Integer length,
            int[] topics, String text) {
        long id = ((Number) Db.value("select nextval('feedback_response_seq')")).longValue();
        String key = "d:" + UUID.randomUUID().toString().replace("-", "") + "feedbacktest";
        Db.update("""
                insert into feedback_response (id, session_id, form_version_id, audience, submission_key,
                    respondent_key, locale)
                select ?, ?, f.current_version_id, 'PARENT', cast(? as uuid), ?, 'zh_CN'
                  from feedback_form f where f.template_code = 'POST_SESSION_PARENTS'""",
                id, sessionId, UUID.randomUUID().toString(), key);
        number(id, question(1, 1), usefulness);
        number(id, question(1, 2), clarity);
        number(id, question(1, 3), satisfaction);
        if (length != null) {
            choice(id, question(1, 4), length);
        }
        for (int topic : topics) {
            choice(id, question(2, 1), topic);
        }
        if (text != null) {
            Db.update("insert into feedback_answer (id, response_id, question_id, text_value)"
                    + " values (nextval('feedback_answer_seq'), ?, ?, ?)", id, question(2, 2), text);
        }
        return key;
    }

    private static void number(long response, long question, int value) {
        Db.update("insert into feedback_answer (id, response_id, question_id, number_value)"
                + " values (nextval('feedback_answer_seq'), ?, ?, ?)", response, question, value);
    }

    private static void choice(long response, long question, int position) {
        Db.update("""
                insert into feedback_answer (id, response_id, question_id, choice_id)
                select nextval('feedback_answer_seq'), ?, ?, c.id from feedback_choice c
                 where c.question_id = ? and c.position = ?""", response, question, question, position);
    }
}
