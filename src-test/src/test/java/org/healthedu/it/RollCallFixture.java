package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Roll calls for the attendance tests: a session of a {@link SessionFixture} batch on a given day (at a random small
 * hour, ten minutes long; a clash with another test's session is overridden by the coordinator), and helpers to read
 * and save its roll call through the API.
 */
final class RollCallFixture {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private RollCallFixture() {
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** Plans a session of lesson 1 on {@code day} as wuxi.coord, led by baodong.trainer; returns its id. */
    static long session(AppIT test, SessionFixture fixture, LocalDate day) {
        int minutes = 60 + ThreadLocalRandom.current().nextInt(0, 24) * 10;
        String start = String.format(Locale.ROOT, "%sT%02d:%02d", day, minutes / 60, minutes % 60);
        String end = String.format(Locale.ROOT, "%sT%02d:%02d", day, (minutes + 10) / 60, (minutes + 10) % 60);
        // Tests book baodong.trainer on the same days: the coordinator books past any clash, with a reason.
        Api.Reply planned = fixture.tryPlan(test.api("wuxi.coord"),
                fixture.sessionJson(1, start, end, "活动室").replace("}", ",\"overrideReason\":\"点名测试\"}"));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        return planned.id();
    }

    /** Everyone of the fixture's batch joined in July (the API enrols people today), before any session. */
    static void enrolledInJuly(SessionFixture fixture) {
        Db.update("update enrolment set enrolled_on = date '2026-07-11' where batch_id = ?", fixture.batchId());
    }

    static String path(long sessionId) {
        return "api/v1/sessions/" + sessionId + "/attendance";
    }

    static JsonObject rollCall(Api as, long sessionId) {
        Api.Reply reply = as.get(path(sessionId));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    static List<JsonObject> entries(JsonObject rollCall) {
        return rollCall.getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
    }

    static JsonObject entry(JsonObject rollCall, long participantId) {
        return entries(rollCall).stream().filter(e -> e.getJsonNumber("participantId").longValue() == participantId)
                .findFirst().orElseThrow(() -> new AssertionError(participantId + " not on " + rollCall));
    }

    /** The version of a person's mark as the roll call shows it, null when unmarked. */
    static Long version(JsonObject rollCall, long participantId) {
        return versionOf(entry(rollCall, participantId));
    }

    /** A field JSON-B left out (it writes no nulls) or wrote as null. */
    static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    static Long versionOf(JsonObject entry) {
        return absent(entry, "version") ? null : entry.getJsonNumber("version").longValue();
    }

    static String mark(long participantId, String status, String note, Long expectedVersion) {
        return "{\"participantId\":" + participantId + ",\"status\":" + EnrolmentFixtures.quoted(status)
                + ",\"note\":" + EnrolmentFixtures.quoted(note) + ",\"expectedVersion\":" + expectedVersion + "}";
    }

    static String body(List<String> marks) {
        return "{\"entries\":[" + String.join(",", marks) + "]}";
    }

    static Api.Reply save(Api as, long sessionId, List<String> marks) {
        return as.put(path(sessionId), body(marks));
    }

    /** Everyone listed as {@code status}, over the versions of {@code rollCall}. */
    static Api.Reply saveAll(Api as, long sessionId, JsonObject rollCall, String status) {
        return save(as, sessionId, entries(rollCall).stream().map(e -> mark(e.getJsonNumber("participantId")
                .longValue(), status, null, versionOf(e)))
                .collect(Collectors.toList()));
    }

    static String status(long sessionId, long participantId) {
        return (String) Db.value("select status from attendance where session_id = ? and participant_id = ?",
                sessionId, participantId);
    }
}
