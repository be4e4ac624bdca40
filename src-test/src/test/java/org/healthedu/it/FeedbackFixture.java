package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A session's public feedback form, reached as a participant reaches it: the trainer's link (its token), the form read
 * through the public API, and answers built from that form. Requests carry a device cookie of the test's choosing.
 */
record FeedbackFixture(CheckInFixture checkIn, long sessionId, String token, JsonObject form) {

    static final String DEVICE_COOKIE = "healthedu_fd";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A parents' session (the check-in fixture's batch is mostly parents) that started 30 minutes ago. */
    static FeedbackFixture create(AppIT test) {
        CheckInFixture f = CheckInFixture.create(test, -30);
        return of(test, f, f.sessionId());
    }

    static FeedbackFixture of(AppIT test, CheckInFixture f, long sessionId) {
        String token = token(test, sessionId);
        Api.Reply form = get(test.base(), token, device());
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        return new FeedbackFixture(f, sessionId, token, form.object());
    }

    /** The session's link token, as the trainer's link shows it. */
    static String token(AppIT test, long sessionId) {
        Api.Reply link = test.api("baodong.trainer").get("api/v1/sessions/" + sessionId + "/feedback-link");
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        String url = link.string("url");
        return url.substring(url.indexOf("?s=") + 3);
    }

    /** A fresh device token (what the server would set as the cookie). */
    static String device() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    List<JsonObject> questions() {
        List<JsonObject> all = new ArrayList<>();
        form.getJsonObject("form").getJsonArray("sections").forEach(s -> s.asJsonObject().getJsonArray("questions")
                .forEach(q -> all.add(q.asJsonObject())));
        return all;
    }

    JsonObject question(String kind) {
        return questions().stream().filter(q -> q.getString("kind").equals(kind)).findFirst().orElseThrow();
    }

    long versionId() {
        return form.getJsonObject("form").getJsonNumber("versionId").longValue();
    }

    static long choice(JsonObject question, int index) {
        return question.getJsonArray("choices").getJsonObject(index).getJsonNumber("id").longValue();
    }

    /** An answer to every question: agree (4), 8 of 10, the first choice, the first two topics, and {@code text}. */
    JsonArrayBuilder fullAnswers(String text) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (JsonObject q : questions()) {
            answers.add(answer(q, text));
        }
        return answers;
    }

    static JsonObjectBuilder answer(JsonObject q, String text) {
        JsonObjectBuilder a = Json.createObjectBuilder().add("questionId", q.getJsonNumber("id").longValue());
        switch (q.getString("kind")) {
            case "LIKERT5" -> a.add("number", 4);
            case "RATING10" -> a.add("number", 8);
            case "SINGLE_CHOICE" -> a.add("choiceIds", Json.createArrayBuilder().add(choice(q, 0)));
            case "MULTIPLE_CHOICE" -> a.add("choiceIds", Json.createArrayBuilder().add(choice(q, 0))
                    .add(choice(q, 1)));
            default -> a.add("text", text);
        }
        return a;
    }

    /** A submission of {@code answers} with a new submission key. */
    String body(JsonArrayBuilder answers) {
        return body(UUID.randomUUID().toString(), answers, null);
    }

    String body(String submissionKey, JsonArrayBuilder answers, String ticket) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("submissionKey", submissionKey)
                .add("audience", "PARENT").add("formVersionId", versionId()).add("answers", answers);
        if (ticket != null) {
            body.add("ticket", ticket);
        }
        return body.build().toString();
    }

    /** Every answer, with the one to {@code kind}'s first question changed by {@code change}. */
    JsonArrayBuilder answersWith(String kind, UnaryOperator<JsonObjectBuilder> change) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (JsonObject q : questions()) {
            JsonObjectBuilder a = answer(q, "好");
            answers.add(q.getString("kind").equals(kind) ? change.apply(a) : a);
        }
        return answers;
    }

    Api.Reply submit(AppIT test, String body, String device) {
        return post(test.base(), token, body, device);
    }

    static Api.Reply get(URI base, String token, String device) {
        return send(HttpRequest.newBuilder(base.resolve("api/v1/feedback/" + token)).GET(), device);
    }

    static Api.Reply post(URI base, String token, String body, String device) {
        return send(HttpRequest.newBuilder(base.resolve("api/v1/feedback/" + token + "/responses"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), device);
    }

    private static Api.Reply send(HttpRequest.Builder request, String device) {
        request.timeout(Duration.ofSeconds(60)).header("Accept-Language", "zh-CN")
                .header("Accept", "application/json, application/problem+json");
        if (device != null) {
            request.header("Cookie", DEVICE_COOKIE + "=" + device);
        }
        try {
            return new Api.Reply(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes {@code projectId}'s sessions use a new form (as the builder would save it): one section, a required
     * agreement question for everyone, a required 0–10 rating for parents only and an optional short text for students
     * only. Returns the three question ids in that order.
     */
    static long[] assignForm(long projectId, boolean forParents, boolean forStudents, boolean identified) {
        long form = ((Number) Db.value("insert into feedback_form (id, owner_unit_id, name_zh, for_parents,"
                + " for_students, identified) select nextval('feedback_form_seq'), owner_unit_id, '测试反馈表', ?, ?, ?"
                + " from project where id = ? returning id", forParents, forStudents, identified, projectId))
                .longValue();
        long version = ((Number) Db.value("insert into feedback_form_version (id, form_id, number)"
                + " values (nextval('feedback_form_version_seq'), ?, 1) returning id", form)).longValue();
        Db.update("update feedback_form set current_version_id = ? where id = ?", version, form);
        long section = ((Number) Db.value("insert into feedback_section (id, version_id, position, title_zh)"
                + " values (nextval('feedback_section_seq'), ?, 1, '本次课程') returning id", version)).longValue();
        long[] ids = new long[3];
        String[][] questions = {{"LIKERT5", "true", null, "内容有帮助"}, {"RATING10", "true", "PARENT", "总体评分"},
            {"SHORT_TEXT", "false", "STUDENT", "一句话建议"}};
        for (int i = 0; i < 3; i++) {
            ids[i] = ((Number) Db.value("insert into feedback_question (id, version_id, section_id, position,"
                    + " lineage_id, kind, required, audience, text_zh) values (nextval('feedback_question_seq'), ?, ?,"
                    + " ?, 0, ?, ?, ?, ?) returning id", version, section, i + 1, questions[i][0],
                    Boolean.parseBoolean(questions[i][1]), questions[i][2], questions[i][3])).longValue();
            Db.update("update feedback_question set lineage_id = id where id = ?", ids[i]);
        }
        Db.update("insert into feedback_assignment (id, project_id, lesson_lineage_id, form_id, assigned_by)"
                + " values (nextval('feedback_assignment_seq'), ?, null, ?,"
                + " (select id from account where username = 'wuxi.coord'))", projectId, form);
        return ids;
    }

    long responses() {
        return Db.count("select count(*) from feedback_response where session_id = ?", sessionId);
    }

    long answers() {
        return Db.count("select count(*) from feedback_answer a join feedback_response r on r.id = a.response_id"
                + " where r.session_id = ?", sessionId);
    }
}
