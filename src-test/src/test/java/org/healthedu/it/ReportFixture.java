package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/** Completion reports built through the API on a fresh Wuxi project whose one site (Baodong) lies under Yixing. */
final class ReportFixture {

    static final String WUXI = "JS-WX";
    static final String YIXING = "JS-WX-YX";

    private ReportFixture() {
    }

    /** The quarter of {@code day} in DHIS2 form (2026Q4). */
    static String quarterOf(LocalDate day) {
        return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    static JsonObject created(Api as, long projectId, String unitCode, String period) {
        Api.Reply reply = as.post("api/v1/reports", "{\"projectId\":" + projectId + ",\"unitId\":"
                + Db.unitId(unitCode) + ",\"period\":\"" + period + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    /** The version a page would have read (from the database, so that a caller without access can still try). */
    static long version(long reportId) {
        return ((Number) Db.value("select version from completion_report where id = ?", reportId)).longValue();
    }

    static Api.Reply step(Api as, long reportId, String step, String comment) {
        return as.post("api/v1/reports/" + reportId + "/" + step, "{\"version\":" + version(reportId)
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    static String status(long reportId) {
        return (String) Db.value("select status from completion_report where id = ?", reportId);
    }

    /** A session of the fixture on {@code day}, HELD without a single attendance mark. */
    static long heldWithoutRoll(AppIT test, SessionFixture fixture, LocalDate day) {
        long sessionId = RollCallFixture.session(test, fixture, day);
        Db.update("update training_session set status = 'HELD' where id = ?", sessionId);
        return sessionId;
    }

    /** One PRESENT mark for the fixture's first participant, as a roll call would leave it. */
    static void present(SessionFixture fixture, long sessionId) {
        Db.update("insert into attendance (id, session_id, participant_id, status, source) "
                + "values (nextval('attendance_seq'), ?, ?, 'PRESENT', 'ROLL_CALL')", sessionId,
                fixture.participantIds().get(0));
    }
}
