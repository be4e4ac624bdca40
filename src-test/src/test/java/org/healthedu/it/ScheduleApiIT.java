package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Scheduling through the REST API: a batch planned in one go from a recurrence (dates, skipped dates, lesson order,
 * preview versus save), every kind of booking conflict with the coordinator's override and the trainer's refusal,
 * changes with stale versions, cancelling, postponing and planning again, and who may do it.
 *
 * <p>The demo trainers are shared by every test of a run, and a trainer's conflicts span projects: each test here
 * books its own hours of the day (early morning and evening), which other tests do not use.
 */
class ScheduleApiIT extends AppIT {

    private static final String TRAINER = "baodong.trainer";
    private static final String LECTURER2 = "baodong.lecturer2";

    @Test
    void aBatchIsPlannedInOneGoFromARecurrenceSkippingDatesInLessonOrder() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        Api wuxi = api("wuxi.coord");
        // Lesson 2 is planned already: the plan covers lessons 1, 3, 4, 5.
        long lesson2 = fixture.plan(wuxi, 2, "2026-08-04T05:00", "2026-08-04T06:00", null);
        String request = "{\"firstDate\":\"2026-08-01\",\"weekdays\":[\"SATURDAY\"],\"startTime\":\"05:00\","
                + "\"room\":\"一楼大厅\",\"leadTrainerId\":" + id(TRAINER) + ",\"skipDates\":[\"2026-08-08\"]}";

        Api.Reply preview = wuxi.post(generate(fixture, true), request);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonObject proposed = preview.object();
        assertThat(proposed.getBoolean("saved")).isFalse();
        assertThat(sessions(proposed, "lessonPosition")).containsExactly("1", "3", "4", "5");
        assertThat(sessions(proposed, "startsAt")).containsExactly("2026-08-01T05:00", "2026-08-15T05:00",
                "2026-08-22T05:00", "2026-08-29T05:00");
        // Each lasts its lesson's minutes (the sum of its segments).
        JsonObject first = proposed.getJsonArray("sessions").getJsonObject(0);
        long minutes = Db.count("select coalesce(sum(duration_minutes), 0) from curriculum_segment where lesson_id = ?",
                fixture.lesson(1));
        assertThat(minutes).isPositive();
        assertThat(first.getString("endsAt"))
                .startsWith(java.time.LocalDateTime.parse("2026-08-01T05:00").plusMinutes(minutes).toString());
        assertThat(first.containsKey("sessionId") && !first.isNull("sessionId")).as("no id yet").isFalse();
        assertThat(Db.count("select count(*) from training_session where batch_id = ?", fixture.batchId()))
                .as("a preview saves nothing").isEqualTo(1);

        Api.Reply saved = wuxi.post(generate(fixture, false), request);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.object().getBoolean("saved")).isTrue();
        assertThat(Db.rows("select to_char(s.starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), l.position,"
                + " s.room, s.status from training_session s join curriculum_lesson l on l.id = s.lesson_id"
                + " where s.batch_id = ? and s.id <> ? order by s.starts_at", fixture.batchId(), lesson2).stream()
                .map(r -> r.get(0) + " L" + r.get(1) + " " + r.get(2) + " " + r.get(3)).toList())
                .containsExactly("2026-08-01 05:00 L1 一楼大厅 PLANNED", "2026-08-15 05:00 L3 一楼大厅 PLANNED",
                        "2026-08-22 05:00 L4 一楼大厅 PLANNED", "2026-08-29 05:00 L5 一楼大厅 PLANNED");

        assertProblem(wuxi.post(generate(fixture, true), request), 409, "schedule.generate.nothingLeft", "batchId");
        // A cancelled session gives its lesson back to the plan.
        Api.Reply cancelled = wuxi.post("api/v1/sessions/" + lesson2 + "/cancel", "{\"reason\":\"场地维修\"}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        Api.Reply again = wuxi.post(generate(fixture, true), request.replace("2026-08-01", "2026-09-05")
                .replace("\"SATURDAY\"", "\"TUESDAY\",\"THURSDAY\"").replace("\"2026-08-08\"", "")
                .replace("}", ",\"durationMinutes\":45}"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(sessions(again.object(), "lessonPosition")).containsExactly("2");
        assertThat(sessions(again.object(), "startsAt")).containsExactly("2026-09-08T05:00");
        assertThat(sessions(again.object(), "endsAt")).containsExactly("2026-09-08T05:45");
    }

    @Test
    void generatedSessionsInConflictArePreviewedWithTheOtherSessionAndRefusedAllOrNothing() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        SessionFixture other = SessionFixture.create(this, 0);
        Api wuxi = api("wuxi.coord");
        long busy = other.plan(wuxi, 3, "2026-10-17T06:30", "2026-10-17T07:00", null);
        String request = "{\"firstDate\":\"2026-10-03\",\"intervalWeeks\":2,\"startTime\":\"06:00\","
                + "\"durationMinutes\":60,\"leadTrainerId\":" + id(TRAINER) + "}";

        JsonObject preview = wuxi.post(generate(fixture, true), request).object();
        assertThat(sessions(preview, "startsAt")).containsExactly("2026-10-03T06:00", "2026-10-17T06:00",
                "2026-10-31T06:00", "2026-11-14T06:00", "2026-11-28T06:00");
        assertThat(preview.getJsonNumber("conflictCount").longValue()).isEqualTo(1);
        JsonObject conflict = preview.getJsonArray("sessions").getJsonObject(1).getJsonArray("conflicts")
                .getJsonObject(0);
        assertThat(conflict.getString("kind")).isEqualTo("TRAINER");
        assertThat(conflict.getJsonNumber("otherSessionId").longValue()).isEqualTo(busy);
        assertThat(conflict.getString("message")).contains("第3课").contains("场次测试批次")
                .contains("2026-10-17 06:30");

        Api.Reply refused = wuxi.post(generate(fixture, false), request);
        assertProblem(refused, 409, "session.conflict.trainer", "leadTrainerId");
        assertThat(Db.count("select count(*) from training_session where batch_id = ?", fixture.batchId()))
                .as("all or nothing").isZero();
        assertProblem(api(TRAINER).post(generate(fixture, false), request.replace("}",
                ",\"overrideReason\":\"讲师同意\"}")), 403, "session.override.forbidden", "overrideReason");
        Api.Reply overridden = wuxi.post(generate(fixture, false), request.replace("}",
                ",\"overrideReason\":\"两个批次合班上课\"}"));
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(201);
        assertThat(Db.count("select count(*) from training_session where batch_id = ? and override_reason = ?",
                fixture.batchId(), "两个批次合班上课")).isEqualTo(5);
    }

    @Test
    void aTrainerBookedTwiceAsLeadOrCoTrainerIsAConflictAcrossProjects() {
        SessionFixture first = SessionFixture.create(this, 0);
        SessionFixture second = SessionFixture.create(this, 0);
        Api wuxi = api("wuxi.coord");
        first.plan(wuxi, 2, "2026-10-10T19:00", "2026-10-10T21:00", "活动室");

        String overlapping = second.sessionJson(1, "2026-10-10T20:00", "2026-10-10T22:00", "活动室");
        Api.Reply asLead = second.tryPlan(wuxi, overlapping);
        assertProblem(asLead, 409, "session.conflict.trainer", "leadTrainerId");
        assertThat(asLead.string("detail")).contains("第2课").contains("与青春期孩子沟通").contains("场次测试批次")
                .contains("2026-10-10 19:00");
        assertThat(api("wuxi.coord").inEnglish().post("api/v1/batches/" + second.batchId() + "/sessions",
                overlapping).string("detail")).contains("already has a session at that time").contains("lesson 2");

        String coTrainer = lead(overlapping, LECTURER2).replace("}", ",\"trainerIds\":[" + id(TRAINER) + "]}");
        assertProblem(second.tryPlan(wuxi, coTrainer), 409, "session.conflict.trainer", "leadTrainerId");
        // Right after the other session ends is no conflict; another trainer at the same time neither.
        assertThat(second.tryPlan(wuxi, second.sessionJson(1, "2026-10-10T21:00", "2026-10-10T22:00", "活动室"))
                .status()).isEqualTo(201);
        Api.Reply otherTrainer = second.tryPlan(wuxi, lead(second.sessionJson(3, "2026-10-10T19:30",
                "2026-10-10T20:30", null), LECTURER2));
        assertThat(otherTrainer.status()).as(otherTrainer.toString()).isEqualTo(201);
    }

    @Test
    void twoPlannersBookingTheSameTrainerAtOnceCannotBothSucceed() throws Exception {
        SessionFixture first = SessionFixture.create(this, 0);
        SessionFixture second = SessionFixture.create(this, 0);
        Api wuxi = api("wuxi.coord");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String day = "2026-11-1" + (4 + round);
                Future<Api.Reply> one = pool.submit(() -> first.tryPlan(wuxi,
                        first.sessionJson(1, day + "T21:00", day + "T22:00", null)));
                Future<Api.Reply> two = pool.submit(() -> second.tryPlan(wuxi,
                        second.sessionJson(1, day + "T21:30", day + "T22:30", null)));
                assertThat(List.of(one.get().status(), two.get().status())).as(one.get() + " / " + two.get())
                        .containsExactlyInAnyOrder(201, 409);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRoomAtTheSameProjectSiteAndTheSameBatchAreNotBookedTwice() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        Api wuxi = api("wuxi.coord");
        long secondBatch = EnrolmentFixtures.batch(wuxi, fixture.projectId(), EnrolmentFixtures.BAODONG_UNIT,
                EnrolmentFixtures.BAODONG_SITE, 10, "第二批家长");
        long booked = fixture.plan(wuxi, 1, "2026-11-07T19:00", "2026-11-07T21:00", "二楼活动室");

        // The other batch, another trainer, the same room written with spaces and in another case.
        String sameRoom = lead(fixture.sessionJson(1, "2026-11-07T20:30", "2026-11-07T21:30", " 二楼 活动室 "),
                LECTURER2);
        Api.Reply room = wuxi.post("api/v1/batches/" + secondBatch + "/sessions", sameRoom);
        assertProblem(room, 409, "session.conflict.room", "room");
        assertThat(room.string("detail")).contains("二楼活动室").contains("第1课").contains("2026-11-07 19:00");
        assertThat(wuxi.post("api/v1/batches/" + secondBatch + "/sessions", sameRoom.replace("二楼 活动室", "三楼"))
                .status()).isEqualTo(201);

        // The same batch, another trainer, no room.
        String sameBatch = lead(fixture.sessionJson(2, "2026-11-07T19:15", "2026-11-07T19:45", null), LECTURER2);
        Api.Reply batch = fixture.tryPlan(wuxi, sameBatch);
        assertProblem(batch, 409, "session.conflict.batch", "startsAt");
        assertThat(batch.string("detail")).contains("场次测试批次").contains("2026-11-07 19:00");

        // A cancelled session books nothing.
        assertThat(wuxi.post("api/v1/sessions/" + booked + "/cancel", "{\"reason\":\"讲师生病\"}").status())
                .isEqualTo(200);
        assertThat(fixture.tryPlan(wuxi, sameBatch).status()).isEqualTo(201);
    }

    @Test
    void aSessionIsRescheduledWithItsVersionAndCalledOffAndPlannedAgainWithReasons() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        Api manager = api("baodong.manager");
        long id = fixture.plan(manager, 4, "2026-12-05T19:00", "2026-12-05T20:30", "活动室");
        JsonObject read = manager.get("api/v1/sessions/" + id).object();
        long version = read.getJsonNumber("version").longValue();

        Api.Reply moved = manager.put("api/v1/sessions/" + id, "{\"startsAt\":\"2026-12-06T19:00\",\"endsAt\":"
                + "\"2026-12-06T20:30\",\"room\":\"会议室\",\"trainerIds\":[" + id(LECTURER2) + "],\"expectedVersion\":"
                + version + "}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonObject now = moved.object();
        assertThat(now.getString("startsAt")).startsWith("2026-12-06T19:00");
        assertThat(now.getString("room")).isEqualTo("会议室");
        assertThat(now.getInt("lessonPosition")).as("kept").isEqualTo(4);
        assertThat(now.getJsonArray("staff")).hasSize(1);
        assertProblem(manager.put("api/v1/sessions/" + id, "{\"room\":\"大厅\",\"expectedVersion\":" + version + "}"),
                409, "error.staleEdit");
        assertThat(manager.get("api/v1/sessions/" + id).object().getString("room")).isEqualTo("会议室");
        assertProblem(manager.put("api/v1/sessions/" + id, "{\"endsAt\":\"2026-12-06T18:00\"}"), 400,
                "session.times.order", "endsAt");

        assertProblem(manager.post("api/v1/sessions/" + id + "/cancel", "{\"reason\":\"  \"}"), 400,
                "error.required", "reason");
        assertProblem(manager.post("api/v1/sessions/" + id + "/postpone", null), 400, "error.required", "reason");
        Api.Reply postponed = manager.post("api/v1/sessions/" + id + "/postpone", "{\"reason\":\"暴雨预警\"}");
        assertThat(postponed.status()).as(postponed.toString()).isEqualTo(200);
        assertThat(postponed.string("status")).isEqualTo("POSTPONED");
        assertThat(postponed.string("statusReason")).isEqualTo("暴雨预警");

        Api.Reply replanned = manager.post("api/v1/sessions/" + id + "/replan",
                "{\"startsAt\":\"2026-12-12T19:00\",\"endsAt\":\"2026-12-12T20:30\"}");
        assertThat(replanned.status()).as(replanned.toString()).isEqualTo(200);
        assertThat(replanned.string("status")).isEqualTo("PLANNED");
        assertThat(replanned.object().containsKey("statusReason") && !replanned.object().isNull("statusReason"))
                .as("the reason goes with the status").isFalse();
        assertThat(replanned.string("startsAt")).startsWith("2026-12-12T19:00");

        // Rescheduling onto another session of the batch is a conflict like planning.
        fixture.plan(manager, 5, "2026-12-19T19:00", "2026-12-19T20:30", null);
        assertProblem(manager.put("api/v1/sessions/" + id, "{\"startsAt\":\"2026-12-19T19:30\",\"endsAt\":"
                + "\"2026-12-19T20:00\"}"), 409, "session.conflict.trainer");

        assertThat(manager.post("api/v1/sessions/" + id + "/cancel", "{\"reason\":\"家长人数不足\"}").string("status"))
                .isEqualTo("CANCELLED");
        assertThat(Db.value("select status_reason from training_session where id = ?", id)).isEqualTo("家长人数不足");
    }

    @Test
    void onlyPlannersInScopeChangeOrCallOffASessionAndHeldSessionsStayAsTheyWere() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        long id = fixture.plan(api("wuxi.coord"), 1, "2026-12-26T19:00", "2026-12-26T20:00", null);
        String move = "{\"startsAt\":\"2026-12-27T19:00\",\"endsAt\":\"2026-12-27T20:00\"}";
        assertProblem(api("guiyang.coord").put("api/v1/sessions/" + id, move), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").post("api/v1/sessions/" + id + "/cancel", "{\"reason\":\"x\"}"), 403,
                "error.forbidden");
        assertProblem(api(LECTURER2).put("api/v1/sessions/" + id, move), 403, "error.forbidden");
        assertProblem(api("wuxi.observer").post("api/v1/sessions/" + id + "/postpone", "{\"reason\":\"x\"}"), 403,
                "error.forbidden");
        assertProblem(api("wuxi.coord").put("api/v1/sessions/999999999", move), 404, "session.notFound");
        assertProblem(api("guiyang.coord").post(generate(fixture, true), "{\"firstDate\":\"2026-12-01\","
                + "\"startTime\":\"19:00\",\"leadTrainerId\":" + id(TRAINER) + "}"), 403, "error.forbidden");
        assertThat(Db.value("select to_char(starts_at at time zone 'Asia/Shanghai', 'DD') from training_session"
                + " where id = ?", id)).isEqualTo("26");

        Db.update("update training_session set status = 'HELD' where id = ?", id);
        assertProblem(api("wuxi.coord").put("api/v1/sessions/" + id, move), 409, "session.edit.held", "status");
        assertProblem(api("wuxi.coord").post("api/v1/sessions/" + id + "/cancel", "{\"reason\":\"x\"}"), 409,
                "session.status.held", "status");
    }

    private static String generate(SessionFixture fixture, boolean preview) {
        return "api/v1/batches/" + fixture.batchId() + "/sessions/generate" + (preview ? "?preview=true" : "");
    }

    private static List<String> sessions(JsonObject plan, String field) {
        return plan.getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .map(s -> s.get(field).toString().replace("\"", ""))
                .map(v -> v.length() > 16 && v.charAt(10) == 'T' ? v.substring(0, 16) : v).toList();
    }

    /** The session JSON with another lead trainer. */
    private static String lead(String json, String username) {
        return json.replace("\"leadTrainerId\":" + id(TRAINER), "\"leadTrainerId\":" + id(username));
    }

    private static long id(String username) {
        return CoursewareFixture.accountId(username);
    }
}
