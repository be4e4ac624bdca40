package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The form builder through the API: templates, copies, saving in place or as a new version, validation, scope. */
class FeedbackFormApiIT extends AppIT {

    static final String FORMS = "api/v1/feedback-forms";

    static long template(String code) {
        return ((Number) Db.value("select id from feedback_form where template_code = ?", code)).longValue();
    }

    /** Copies a shipped template into the caller's unit under a unique name; returns the new form's detail. */
    static JsonObject copy(Api as, String templateCode, String name) {
        Api.Reply reply = as.post(FORMS, "{\"copyOf\":" + template(templateCode) + ",\"nameZh\":\"" + name + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    /** A save body: the form's current sections as read (unknown fields are ignored), changed by {@code edit}. */
    static String draft(JsonObject detail, long expectedVersion, UnaryOperator<JsonArray> edit) {
        JsonArray sections = detail.getJsonObject("definition").getJsonArray("sections");
        return Json.createObjectBuilder().add("expectedVersion", expectedVersion).add("sections", edit.apply(sections))
                .build().toString();
    }

    /** {@code sections} with question {@code q} of section {@code s} replaced by {@code change} of it. */
    static JsonArray withQuestion(JsonArray sections, int s, int q, UnaryOperator<JsonObjectBuilder> change) {
        JsonArray questions = sections.getJsonObject(s).getJsonArray("questions");
        JsonArrayBuilder changed = Json.createArrayBuilder();
        for (int i = 0; i < questions.size(); i++) {
            changed.add(i == q ? change.apply(Json.createObjectBuilder(questions.getJsonObject(i))).build()
                    : questions.get(i));
        }
        return withQuestions(sections, s, changed.build());
    }

    static JsonArray withQuestions(JsonArray sections, int s, JsonArray questions) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (int i = 0; i < sections.size(); i++) {
            all.add(i == s ? Json.createObjectBuilder(sections.getJsonObject(i)).add("questions", questions).build()
                    : sections.get(i));
        }
        return all.build();
    }

    static JsonObject shortText(String text) {
        return Json.createObjectBuilder().add("kind", "SHORT_TEXT").add("required", false).add("textZh", text).build();
    }

    static List<List<Object>> questionsOf(long versionId) {
        return Db.rows("""
                select q.id, q.lineage_id, q.kind, q.text_zh, q.position, s.position from feedback_question q
                  join feedback_section s on s.id = q.section_id
                 where q.version_id = ? order by s.position, q.position""",
                versionId);
    }

    static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    static long currentVersionId(long formId) {
        return ((Number) Db.value("select current_version_id from feedback_form where id = ?", formId)).longValue();
    }

    @Test
    void aCoordinatorSeesTheTemplatesAndCopiesOneIntoTheirUnit() {
        Api wuxi = api("wuxi.coord");
        Api.Reply list = wuxi.get(FORMS + "?limit=200");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.object().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("templateCode", null))
                .contains("POST_SESSION_PARENTS", "POST_SESSION_STUDENTS");

        String name = uniqueCode("家长反馈");
        JsonObject copy = copy(wuxi, "POST_SESSION_PARENTS", name);
        assertThat(copy.getJsonObject("summary").getJsonNumber("ownerUnitId").longValue())
                .isEqualTo(Db.unitId("JS-WX"));
        assertThat(copy.getBoolean("editable")).isTrue();
        assertThat(copy.getJsonObject("definition").getJsonArray("sections")).hasSize(2);
        assertThat(Db.count("select count(*) from feedback_question where version_id = ?",
                currentVersionId(copy.getJsonNumber("id").longValue()))).isEqualTo(6);

        Api.Reply found = wuxi.get(FORMS + "?q=" + encoded(name));
        assertThat(found.object().getJsonNumber("total").longValue()).isEqualTo(1);
        // Out of scope, another province's coordinator does not see it.
        assertThat(api("guiyang.coord").get(FORMS + "?q=" + encoded(name)).object().getJsonNumber("total").longValue())
                .isZero();
    }

    @Test
    void savingRewritesInPlaceUntilResponsesThenMakesANewVersion() {
        Api wuxi = api("wuxi.coord");
        JsonObject form = copy(wuxi, "POST_SESSION_PARENTS", uniqueCode("版本测试"));
        long formId = form.getJsonNumber("id").longValue();
        long v1 = currentVersionId(formId);

        // No responses yet: the save rewrites version 1.
        Api.Reply saved = wuxi.put(FORMS + "/" + formId + "/definition", draft(form, form.getJsonNumber("version")
                .longValue(), sections -> withQuestion(sections, 0, 0, q -> q.add("textZh", "内容对我有帮助（改）"))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.object().getJsonObject("definition").getInt("versionNumber")).isEqualTo(1);
        assertThat(saved.object().getJsonArray("versions")).hasSize(1);
        assertThat(currentVersionId(formId)).isEqualTo(v1);
        List<List<Object>> v1Questions = questionsOf(v1);
        assertThat(v1Questions).hasSize(6);
        assertThat(v1Questions.get(0).get(3)).isEqualTo("内容对我有帮助（改）");

        // A response to version 1 (what the public form would store).
        SessionFixture fixture = SessionFixture.create(this, 0);
        long session = Marks.session(fixture, 1, "2026-10-24", "HELD");
        long response = ((Number) Db.value("select nextval('feedback_response_seq')")).longValue();
        Db.update("""
                insert into feedback_response (id, session_id, form_version_id, audience, submission_key,
                                               respondent_key)
                values (?, ?, ?, 'PARENT', ?, ?)""", response, session, v1, UUID.randomUUID(),
                "d:" + UUID.randomUUID());
        Db.update("""
                insert into feedback_answer (id, response_id, question_id, number_value)
                values (nextval('feedback_answer_seq'), ?, ?, 4)""", response, v1Questions.get(0).get(0));

        // Now the save makes version 2: question 2 reworded, the long text question dropped, a short text added.
        JsonObject current = wuxi.get(FORMS + "/" + formId).object();
        long version = current.getJsonNumber("version").longValue();
        Api.Reply second = wuxi.put(FORMS + "/" + formId + "/definition", draft(current, version, sections -> {
            JsonArray reworded = withQuestion(sections, 0, 1, q -> q.add("textZh", "讲师讲得很清楚"));
            JsonArray section2 = reworded.getJsonObject(1).getJsonArray("questions");
            return withQuestions(reworded, 1, Json.createArrayBuilder().add(section2.get(0))
                    .add(shortText("您最想带孩子参加哪类活动？")).build());
        }));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        JsonObject v2Detail = second.object();
        assertThat(v2Detail.getJsonObject("definition").getInt("versionNumber")).isEqualTo(2);
        assertThat(v2Detail.getJsonArray("versions").getValuesAs(JsonObject.class))
                .extracting(v -> v.getInt("number") + ":" + v.getJsonNumber("responses").longValue())
                .containsExactly("2:0", "1:1");
        long v2 = currentVersionId(formId);
        assertThat(v2).isNotEqualTo(v1);

        // The old response, its answer and version 1 are as they were.
        assertThat(((Number) Db.value("select form_version_id from feedback_response where id = ?", response))
                .longValue()).isEqualTo(v1);
        assertThat(Db.count("select count(*) from feedback_answer where response_id = ? and question_id = ?",
                response, v1Questions.get(0).get(0))).isEqualTo(1);
        assertThat(questionsOf(v1)).isEqualTo(v1Questions);

        // Version 2: kept questions carry their lineage, the new one starts its own.
        List<List<Object>> v2Questions = questionsOf(v2);
        assertThat(v2Questions).hasSize(6);
        for (int i = 0; i < 5; i++) {
            assertThat(v2Questions.get(i).get(1)).as("lineage of question " + i).isEqualTo(v1Questions.get(i).get(1));
        }
        assertThat(v2Questions.get(1).get(3)).isEqualTo("讲师讲得很清楚");
        List<Object> added = v2Questions.get(5);
        assertThat(added.get(2)).isEqualTo("SHORT_TEXT");
        assertThat(added.get(1)).as("a new question's lineage is its own id").isEqualTo(added.get(0));
        assertThat(v1Questions).extracting(q -> q.get(1)).doesNotContain(added.get(1));

        // Saving against the version read before is refused and changes nothing.
        Api.Reply stale = wuxi.put(FORMS + "/" + formId + "/definition", draft(current, version, s -> s));
        assertProblem(stale, 409, "feedback.builder.stale", "expectedVersion");
        assertThat(currentVersionId(formId)).isEqualTo(v2);
        assertThat(Db.count("select count(*) from feedback_form_version where form_id = ?", formId)).isEqualTo(2);
    }

    @Test
    void badContentIsRefusedNamingTheFieldAndChangesNothing() {
        Api wuxi = api("wuxi.coord");
        JsonObject form = copy(wuxi, "POST_SESSION_PARENTS", uniqueCode("校验测试"));
        long formId = form.getJsonNumber("id").longValue();
        long version = form.getJsonNumber("version").longValue();
        String path = FORMS + "/" + formId + "/definition";
        List<List<Object>> before = questionsOf(currentVersionId(formId));

        assertProblem(wuxi.put(path, draft(form, version, s -> Json.createArrayBuilder().build())), 400,
                "feedback.builder.sections.required", "sections");
        assertProblem(wuxi.put(path, draft(form, version, s -> withQuestions(s, 0, JsonValue.EMPTY_JSON_ARRAY))),
                400, "feedback.builder.questions.required", "sections[0].questions");
        assertProblem(wuxi.put(path, draft(form, version, s -> withQuestion(s, 0, 3, q -> q.add("choices",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("labelZh", "只有一个")))))),
                400, "feedback.builder.choices.count", "sections[0].questions[3].choices");
        assertProblem(wuxi.put(path, draft(form, version, s -> withQuestion(s, 0, 0, q -> q.add("textZh",
                "长".repeat(501))))), 400, "error.tooLong", "sections[0].questions[0].textZh");
        assertProblem(wuxi.put(path, draft(form, version, s -> withQuestion(s, 1, 1, q -> q.add("measure",
                "USEFULNESS")))), 400, "feedback.question.measure.scaleOnly", "sections[1].questions[1].measure");
        assertProblem(wuxi.put(path, draft(form, version, s -> withQuestion(s, 0, 0, q -> q.add("audience",
                "STUDENT")))), 400, "feedback.builder.question.audience", "sections[0].questions[0].audience");
        String identifiedStudents = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                draft(form, version, s -> s))).readObject()).add("forStudents", true).add("identified", true)
                .build().toString();
        assertProblem(wuxi.put(path, identifiedStudents), 400, "feedback.form.identified.minors", "identified");

        JsonObject after = wuxi.get(FORMS + "/" + formId).object();
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version);
        assertThat(after.getJsonObject("summary").getBoolean("forStudents")).isFalse();
        assertThat(questionsOf(currentVersionId(formId))).isEqualTo(before);
    }

    @Test
    void formsAreReadAndEditedOnlyInScope() {
        Api wuxi = api("wuxi.coord");
        JsonObject form = copy(wuxi, "POST_SESSION_PARENTS", uniqueCode("范围测试"));
        long formId = form.getJsonNumber("id").longValue();
        String save = draft(form, form.getJsonNumber("version").longValue(), s -> s);

        // Another province's coordinator neither reads nor edits it.
        assertProblem(api("guiyang.coord").get(FORMS + "/" + formId), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").put(FORMS + "/" + formId + "/definition", save), 403, "error.forbidden");
        // Units below Wuxi read it; a county coordinator and a trainer do not edit it.
        Api.Reply asCounty = api("yixing.coord").get(FORMS + "/" + formId);
        assertThat(asCounty.status()).as(asCounty.toString()).isEqualTo(200);
        assertThat(asCounty.object().getBoolean("editable")).isFalse();
        assertProblem(api("yixing.coord").put(FORMS + "/" + formId + "/definition", save), 403, "error.forbidden");
        assertThat(api("baodong.trainer").get(FORMS + "/" + formId).status()).isEqualTo(200);
        assertThat(api("baodong.trainer").put(FORMS + "/" + formId + "/definition", save).status()).isEqualTo(403);
        assertThat(api("baodong.trainer").post(FORMS, "{\"copyOf\":" + formId + "}").status()).isEqualTo(403);
        assertThat(Db.count("select count(*) from feedback_form_version where form_id = ?", formId)).isEqualTo(1);

        // Templates are copied, not edited, by coordinators.
        long template = template("POST_SESSION_STUDENTS");
        JsonObject shipped = wuxi.get(FORMS + "/" + template).object();
        assertThat(shipped.getBoolean("editable")).isFalse();
        long templateVersion = currentVersionId(template);
        assertProblem(wuxi.put(FORMS + "/" + template + "/definition",
                draft(shipped, shipped.getJsonNumber("version").longValue(), s -> s)), 403, "error.forbidden");
        assertProblem(wuxi.put(FORMS + "/" + template, "{\"archived\":true}"), 403, "error.forbidden");
        assertThat(currentVersionId(template)).isEqualTo(templateVersion);
        assertThat(Db.value("select archived from feedback_form where id = ?", template)).isEqualTo(false);

        // A copy into a unit the caller does not manage is refused.
        assertProblem(api("yixing.coord").post(FORMS, "{\"copyOf\":" + template + ",\"ownerUnitId\":"
                + Db.unitId("JS-WX") + "}"), 403, "error.forbidden");
    }
}
