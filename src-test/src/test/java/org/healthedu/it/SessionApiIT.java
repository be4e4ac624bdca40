package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * Planning single sessions and reading them through the REST API: the rules on lesson, people and time; scope. The
 * sessions are in the afternoon: a trainer's booking conflicts span every test of a run, and other tests book the
 * demo trainers in the mornings (ScheduleApiIT keeps to early mornings and evenings).
 */
class SessionApiIT extends AppIT {

    @Test
    void aPlannedSessionShowsItsLessonPeopleAndLocalTimes() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        Api trainer = api("baodong.trainer");
        String json = "{\"lessonId\":" + fixture.lesson(2) + ",\"room\":\" 二楼 活动室 \",\"startsAt\":"
                + "\"2026-09-05T13:30\",\"endsAt\":\"2026-09-05T15:30\",\"leadTrainerId\":"
                + CoursewareFixture.accountId("baodong.trainer") + ",\"trainerIds\":["
                + CoursewareFixture.accountId("baodong.lecturer2") + "],\"observerIds\":["
                + CoursewareFixture.accountId("wuxi.observer") + "]}";
        Api.Reply planned = fixture.tryPlan(trainer, json);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertThat(planned.header("Location")).endsWith("/api/v1/sessions/" + planned.id());

        JsonObject session = api("wuxi.observer").get("api/v1/sessions/" + planned.id()).object();
        assertThat(session.getString("status")).isEqualTo("PLANNED");
        assertThat(session.getInt("lessonPosition")).isEqualTo(2);
        assertThat(session.getString("lessonTitleZh")).isEqualTo("与青春期孩子沟通");
        assertThat(session.getString("room")).isEqualTo("二楼 活动室");
        assertThat(session.getString("startsAt")).startsWith("2026-09-05T13:30");
        assertThat(session.getString("endsAt")).startsWith("2026-09-05T15:30");
        assertThat(session.getJsonArray("staff").stream().map(JsonValue::asJsonObject)
                .map(s -> s.getString("role") + ":" + s.getString("displayName")))
                .hasSize(2).anyMatch(s -> s.startsWith("TRAINER:")).anyMatch(s -> s.startsWith("OBSERVER:"));
        // Stored as the instant in China: 13:30 there is 05:30 UTC.
        assertThat(Db.value("select to_char(starts_at at time zone 'UTC', 'HH24:MI') from training_session"
                + " where id = ?", planned.id())).isEqualTo("05:30");
    }

    @Test
    void brokenRulesAreRefusedWithTheFieldAndNothingIsSaved() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        Api wuxi = api("wuxi.coord");
        String lead = "\"leadTrainerId\":" + CoursewareFixture.accountId("baodong.trainer");
        String good = fixture.sessionJson(1, "2026-09-05T13:30", "2026-09-05T15:30", "活动室");

        assertProblem(fixture.tryPlan(wuxi, good.replace("15:30", "13:00")), 400, "session.times.order", "endsAt");
        assertProblem(fixture.tryPlan(wuxi, good.replace("2026-09-05T15:30", "2026-09-06T15:30")), 400,
                "session.times.tooLong", "endsAt");
        assertProblem(fixture.tryPlan(wuxi, good.replace("2026-09-05", "2027-03-01")), 400, "session.outsidePeriod",
                "startsAt");
        assertProblem(fixture.tryPlan(wuxi, good.replace("\"lessonId\":" + fixture.lesson(1),
                "\"lessonId\":" + lessonOfTemplate())), 400, "session.lesson.notInCurriculum", "lessonId");
        String manager = "\"leadTrainerId\":" + CoursewareFixture.accountId("baodong.manager");
        assertProblem(fixture.tryPlan(wuxi, good.replace(lead, manager)), 400, "session.trainer.notInGroup",
                "leadTrainerId");
        assertProblem(fixture.tryPlan(wuxi, good.replace("}", ",\"observerIds\":["
                + CoursewareFixture.accountId("baodong.lecturer2") + "]}")), 400, "session.observer.notInGroup",
                "observerIds");
        assertProblem(fixture.tryPlan(wuxi, good.replace("}", ",\"coursewareVersionId\":-1}")), 400,
                "session.courseware.notApproved", "coursewareVersionId");
        assertProblem(fixture.tryPlan(wuxi, good.replace("\"2026-09-05T13:30\"", "\"5 Sept\"")), 400,
                "error.malformedBody");
        assertProblem(fixture.tryPlan(wuxi, "{}"), 400, "error.required", "lessonId");
        assertThat(Db.count("select count(*) from training_session where batch_id = ?", fixture.batchId())).isZero();
    }

    @Test
    void onlyPlannersInScopePlanAndOnlyThoseWhoSeeTheProjectReadItsSessions() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        String json = fixture.sessionJson(1, "2026-09-12T13:30", "2026-09-12T15:30", "活动室");
        assertProblem(fixture.tryPlan(api("baodong.lecturer2"), json), 403, "error.forbidden");
        assertProblem(fixture.tryPlan(api("guiyang.coord"), json), 403, "error.forbidden");
        assertProblem(fixture.tryPlan(api("wuxi.observer"), json), 403, "error.forbidden");
        long id = fixture.plan(api("baodong.manager"), 1, "2026-09-12T13:30", "2026-09-12T15:30", "活动室");

        assertProblem(api("guiyang.coord").get("api/v1/sessions/" + id), 403, "error.forbidden");
        assertProblem(api("wuxi.coord").get("api/v1/sessions/999999999"), 404, "session.notFound");
        assertThat(api("guiyang.coord").get("api/v1/sessions?projectId=" + fixture.projectId()).object()
                .getJsonNumber("total").longValue()).isZero();
        JsonObject mine = api("baodong.lecturer2").get("api/v1/sessions?batchId=" + fixture.batchId()
                + "&from=2026-09-12&to=2026-09-12").object();
        assertThat(mine.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(api("wuxi.coord").get("api/v1/sessions?batchId=" + fixture.batchId() + "&from=2026-09-13")
                .object().getJsonNumber("total").longValue()).isZero();
        assertProblem(api("wuxi.coord").get("api/v1/sessions?from=13.9.2026"), 400, "error.date.format", "from");
        assertProblem(api("wuxi.coord").get("api/v1/sessions?status=DONE"), 400, "session.status.unknown",
                "status");
    }

    private static long lessonOfTemplate() {
        return ((Number) Db.value("select l.id from curriculum_lesson l join curriculum c on c.id = l.curriculum_id"
                + " where c.project_id is null and c.name_zh = ? and l.position = 1", CoursewareFixture.TEMPLATE))
                .longValue();
    }
}
