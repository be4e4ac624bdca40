package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A project's lessons and the feedback form each uses: template fallback, project default, lesson override. */
class FeedbackAssignmentApiIT extends AppIT {

    private static String path(long projectId) {
        return "api/v1/projects/" + projectId + "/feedback-assignments";
    }

    private static List<JsonObject> lessons(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("lessons").getValuesAs(JsonObject.class);
    }

    /** Per lesson position: the form used, where it comes from and whether its audience is flagged. */
    private static List<String> used(Api.Reply reply) {
        return lessons(reply).stream().map(l -> l.getInt("position") + ":"
                + l.getJsonObject("effective").getJsonNumber("id").longValue() + ":" + l.getString("source")
                + (l.getJsonObject("effective").getBoolean("audienceMismatch") ? ":mismatch" : "")).toList();
    }

    private static List<String> all(long formId, String source) {
        return List.of(1, 2, 3, 4, 5).stream().map(p -> p + ":" + formId + ":" + source).toList();
    }

    @Test
    void theDefaultAndALessonsOwnFormDecideWhatEachLessonUses() {
        SessionFixture fixture = SessionFixture.create(this, 2);
        long project = fixture.projectId();
        Api wuxi = api("wuxi.coord");
        long parents = FeedbackFormApiIT.template("POST_SESSION_PARENTS");

        // Nothing assigned: the parents' template, since the batch is made of parents.
        Api.Reply initial = wuxi.get(path(project));
        assertThat(used(initial)).isEqualTo(all(parents, "TEMPLATE"));
        assertThat(lessons(initial)).extracting(l -> l.getString("titleZh")).doesNotContainNull().hasSize(5);

        long ours = FeedbackFormApiIT.copy(wuxi, "POST_SESSION_PARENTS", uniqueCode("项目默认"))
                .getJsonNumber("id").longValue();
        long students = FeedbackFormApiIT.copy(wuxi, "POST_SESSION_STUDENTS", uniqueCode("学生表"))
                .getJsonNumber("id").longValue();
        assertThat(used(wuxi.put(path(project) + "/default", "{\"formId\":" + ours + "}")))
                .isEqualTo(all(ours, "PROJECT"));

        // Lesson 2 gets its own form: a students' form for a parents' batch is allowed but flagged.
        long lesson2 = lessons(wuxi.get(path(project))).get(1).getJsonNumber("lessonLineageId").longValue();
        assertThat(lesson2).isEqualTo(Db.value("select lineage_id from curriculum_lesson where id = ?",
                fixture.lesson(2)));
        Api.Reply overridden = wuxi.put(path(project) + "/lessons/" + lesson2, "{\"formId\":" + students + "}");
        assertThat(used(overridden)).containsExactly("1:" + ours + ":PROJECT", "2:" + students + ":LESSON:mismatch",
                "3:" + ours + ":PROJECT", "4:" + ours + ":PROJECT", "5:" + ours + ":PROJECT");
        assertThat(used(wuxi.get(path(project)))).isEqualTo(used(overridden));
        assertThat(Db.count("select count(*) from feedback_assignment where project_id = ?", project)).isEqualTo(2);

        // Back to the default, then to the template.
        assertThat(used(wuxi.delete(path(project) + "/lessons/" + lesson2))).isEqualTo(all(ours, "PROJECT"));
        assertThat(used(wuxi.delete(path(project) + "/default"))).isEqualTo(all(parents, "TEMPLATE"));
    }

    @Test
    void onlyTheProjectsManagersAssignAndOnlyFormsItMayUse() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        long project = fixture.projectId();
        Api wuxi = api("wuxi.coord");
        long ours = FeedbackFormApiIT.copy(wuxi, "POST_SESSION_PARENTS", uniqueCode("范围"))
                .getJsonNumber("id").longValue();

        // Another province's coordinator and a trainer are refused, and nothing is stored.
        assertProblem(api("guiyang.coord").get(path(project)), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").put(path(project) + "/default", "{\"formId\":" + ours + "}"), 403,
                "error.forbidden");
        assertThat(api("baodong.trainer").put(path(project) + "/default", "{\"formId\":" + ours + "}").status())
                .isEqualTo(403);
        assertThat(Db.count("select count(*) from feedback_assignment where project_id = ?", project)).isZero();

        // Guiyang's own form is not for a Wuxi project; an archived form is no longer assigned.
        long foreign = FeedbackFormApiIT.copy(api("guiyang.coord"), "POST_SESSION_PARENTS", uniqueCode("桂阳"))
                .getJsonNumber("id").longValue();
        assertProblem(wuxi.put(path(project) + "/default", "{\"formId\":" + foreign + "}"), 400,
                "feedback.builder.assignment.formNotUsable", "formId");
        Api.Reply archived = wuxi.put(FeedbackFormApiIT.FORMS + "/" + ours, "{\"archived\":true}");
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertProblem(wuxi.put(path(project) + "/default", "{\"formId\":" + ours + "}"), 400,
                "feedback.builder.assignment.formNotUsable", "formId");
        assertProblem(wuxi.put(path(project) + "/default", "{}"), 400, "error.required", "formId");
        assertProblem(wuxi.put(path(project) + "/lessons/999999999", "{\"formId\":"
                + FeedbackFormApiIT.template("POST_SESSION_PARENTS") + "}"), 404,
                "feedback.builder.assignment.lessonNotFound");
        assertThat(Db.count("select count(*) from feedback_assignment where project_id = ?", project)).isZero();

        // The forms offered are the project's usable ones.
        Api.Reply usable = wuxi.get(path(project) + "/forms");
        assertThat(usable.status()).as(usable.toString()).isEqualTo(200);
        assertThat(usable.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(f -> f.getJsonNumber("id").longValue())
                .contains(FeedbackFormApiIT.template("POST_SESSION_PARENTS")).doesNotContain(foreign, ours);
    }
}
