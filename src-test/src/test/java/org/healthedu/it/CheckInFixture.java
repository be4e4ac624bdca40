package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A session ready for check-in tests, built through the API: a {@link SessionFixture} batch (no people of its own)
 * with a parent who has a phone, a student (birth year), and a parent with neither; one session of lesson 2 starting
 * {@code startOffsetMinutes} from now in China (planned by the Wuxi coordinator, with an override reason so that
 * other tests' sessions at the same time never stand in the way).
 */
record CheckInFixture(SessionFixture batch, long sessionId, Person parent, Person student, Person noFactor) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final String LESSON_TITLE = "与青春期孩子沟通";

    /** Someone expected at the session, and what they type to check in. */
    record Person(long id, String name, String masked, String factor) {
    }

    static CheckInFixture create(AppIT test, int startOffsetMinutes) {
        SessionFixture batch = SessionFixture.create(test, 0);
        Api wuxi = test.api("wuxi.coord");
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String phone = "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        Person parent = enrol(wuxi, batch, "赵" + tag + "芳", EnrolmentFixtures.parent("赵" + tag + "芳", phone,
                EnrolmentFixtures.BAODONG_UNIT), phone.substring(phone.length() - 4));
        Person student = enrol(wuxi, batch, "钱" + tag + "明", EnrolmentFixtures.student("钱" + tag + "明", 2008, null,
                EnrolmentFixtures.BAODONG_UNIT, null), "2008");
        Person noFactor = enrol(wuxi, batch, "孙" + tag + "丽", EnrolmentFixtures.parent("孙" + tag + "丽", null,
                EnrolmentFixtures.BAODONG_UNIT), null);
        // Enrolled last week, so that a session which started before midnight (China) still expects them when the
        // test runs just after it: enrolment dates are China dates, and someone enrolled "today" is not expected at
        // yesterday's session.
        Db.update("update enrolment set enrolled_on = enrolled_on - 7 where batch_id = ?", batch.batchId());
        long sessionId = plan(test, batch, startOffsetMinutes);
        return new CheckInFixture(batch, sessionId, parent, student, noFactor);
    }

    private static Person enrol(Api wuxi, SessionFixture batch, String name, String json, String factor) {
        long id = EnrolmentFixtures.create(wuxi, json);
        EnrolmentFixtures.enrolled(wuxi, batch.batchId(), id);
        return new Person(id, name, name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1),
                factor);
    }

    /** Plans another session of this batch, starting {@code startOffsetMinutes} from now (China). */
    static long plan(AppIT test, SessionFixture batch, int startOffsetMinutes) {
        LocalDateTime start = LocalDateTime.now(CHINA).truncatedTo(ChronoUnit.MINUTES).plusMinutes(startOffsetMinutes);
        String json = batch.sessionJson(2, LOCAL.format(start), LOCAL.format(start.plusHours(2)), null)
                .replace("}", ",\"overrideReason\":\"签到测试\"}");
        Api.Reply planned = batch.tryPlan(test.api("wuxi.coord"), json);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        return planned.id();
    }

    long plan(AppIT test, int startOffsetMinutes) {
        return plan(test, batch, startOffsetMinutes);
    }

    /** The session's code, as its trainer gets it. */
    static String code(AppIT test, long sessionId) {
        Api.Reply reply = test.api("baodong.trainer").get("api/v1/sessions/" + sessionId + "/checkin");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.string("code");
    }

    String code(AppIT test) {
        return code(test, sessionId);
    }

    static Api.Reply open(Api anonymous, String code) {
        return anonymous.post("api/v1/checkin", "{\"code\":" + EnrolmentFixtures.quoted(code) + "}");
    }

    /** The token the public list gives for this (masked) name. */
    static String token(Api anonymous, String code, Person person) {
        Api.Reply reply = open(anonymous, code);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("people").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals(person.masked())).map(p -> p.getString("token"))
                .findFirst().orElseThrow(() -> new AssertionError(person.masked() + " not in " + reply));
    }

    static Api.Reply factor(Api anonymous, String code, String token) {
        return anonymous.post("api/v1/checkin", "{\"code\":\"" + code + "\",\"token\":\"" + token + "\"}");
    }

    static Api.Reply checkIn(Api anonymous, String code, String token, String factor) {
        return anonymous.post("api/v1/checkin", "{\"code\":\"" + code + "\",\"token\":\"" + token
                + "\",\"factor\":" + EnrolmentFixtures.quoted(factor) + "}");
    }

    /** The whole journey for one person: list, pick, factor. */
    static Api.Reply checkIn(Api anonymous, String code, Person person, String factor) {
        return checkIn(anonymous, code, token(anonymous, code, person), factor);
    }

    static String status(long sessionId, long participantId) {
        return (String) Db.value("select status from attendance where session_id = ? and participant_id = ?",
                sessionId, participantId);
    }

    static JsonObject first(Api.Reply reply) {
        return reply.object().getJsonArray("people").getJsonObject(0);
    }
}
