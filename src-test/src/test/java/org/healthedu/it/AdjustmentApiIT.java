package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Adjustments (调整记录): recorded by those who take a session's roll, edited without losing changes, listed per lesson.
 */
class AdjustmentApiIT extends AppIT {

    @Test
    void theTrainersRecordAndEditAdjustmentsThatShowOnTheLesson() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        long session = Marks.session(fixture, 4, "2026-07-04", "HELD");
        long satisfaction = FeedbackRows.question(1, 3);
        String path = "api/v1/sessions/" + session + "/adjustments";

        Api.Reply added = api("baodong.trainer").post(path,
                "{\"description\":\"第五课开场回顾第四课要点\\n增加角色扮演\",\"questionId\":" + satisfaction + "}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject view = added.object();
        long id = view.getJsonNumber("id").longValue();
        assertThat(added.header("Location")).endsWith("/api/v1/adjustments/" + id);
        assertThat(view.getString("description")).isEqualTo("第五课开场回顾第四课要点\n增加角色扮演");
        assertThat(view.getString("questionZh")).isEqualTo("您对本次课程的总体评分（0–10分）");
        assertThat(view.getInt("lessonPosition")).isEqualTo(4);
        assertThat(view.getString("authorName")).isEqualTo("宝东讲师");

        // The site's lecturers take the roll, so they record too; observers and other counties do not.
        assertThat(api("baodong.lecturer2").post(path, "{\"description\":\"准备更多案例\"}").status()).isEqualTo(201);
        assertProblem(api("wuxi.observer").post(path, "{\"description\":\"观察员写的\"}"), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").get(path), 403, "error.forbidden");
        assertProblem(api("baodong.trainer").post(path, "{\"description\":\"   \"}"), 400, "error.required",
                "description");
        long studentQuestion = ((Number) Db.value("""
                select q.id from feedback_form f join feedback_question q on q.version_id = f.current_version_id
                 where f.template_code = 'POST_SESSION_STUDENTS' order by q.id limit 1""")).longValue();
        assertProblem(api("baodong.trainer").post(path, "{\"description\":\"别的表\",\"questionId\":"
                + studentQuestion + "}"), 400, "feedback.adjustment.questionUnknown", "questionId");
        long future = Marks.session(fixture, 5, "2026-12-26", "PLANNED");
        assertProblem(api("baodong.trainer").post("api/v1/sessions/" + future + "/adjustments",
                "{\"description\":\"还没上课\"}"), 409, "feedback.adjustment.notHeld");
        assertThat(Db.count("select count(*) from feedback_adjustment where session_id in (?, ?)", session, future))
                .isEqualTo(2);

        // Editing: the version read must be the current one.
        long version = view.getJsonNumber("version").longValue();
        Api.Reply changed = api("baodong.trainer").put("api/v1/adjustments/" + id,
                "{\"description\":\"第五课开场用10分钟回顾\",\"expectedVersion\":" + version + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.object().getString("description")).isEqualTo("第五课开场用10分钟回顾");
        assertThat(FeedbackResultsApiIT.absent(changed.object(), "questionId")).isTrue();
        assertProblem(api("baodong.trainer").put("api/v1/adjustments/" + id,
                "{\"description\":\"过时的编辑\",\"expectedVersion\":" + version + "}"), 409, "error.staleEdit");
        assertProblem(api("wuxi.observer").put("api/v1/adjustments/" + id,
                "{\"description\":\"x\",\"expectedVersion\":" + (version + 1) + "}"), 403, "error.forbidden");
        assertThat(api("wuxi.observer").get("api/v1/adjustments/" + id).object().getString("description"))
                .isEqualTo("第五课开场用10分钟回顾");
        assertProblem(api("baodong.trainer").get("api/v1/adjustments/999999999"), 404,
                "feedback.adjustment.notFound");

        JsonArray listed = (JsonArray) api("wuxi.coord").get(path).json();
        assertThat(listed).hasSize(2);
        assertThat(listed.getValuesAs(JsonObject.class).stream().map(a -> a.getString("description")))
                .containsExactly("准备更多案例", "第五课开场用10分钟回顾");

        // The lesson's adjustments across the project's batches.
        String lesson = "api/v1/projects/" + fixture.projectId() + "/feedback-results/adjustments?lesson=4";
        JsonArray ofLesson = (JsonArray) api("baodong.lecturer2").get(lesson).json();
        assertThat(ofLesson).hasSize(2);
        assertThat(((JsonArray) api("wuxi.coord").get(lesson.replace("lesson=4", "lesson=3")).json())).isEmpty();
    }
}
