package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session tallies follow every writer: marks made by self check-in, roll call and an uploaded sheet, a withdrawal and
 * a move to another batch, the session moved to another day. After each step the dashboard's figures for the session
 * equal a count straight from attendance and enrolment, and no session in the database has a tally that differs from
 * its recount.
 */
class SessionTallyIT extends AppIT {

    @Test
    void theDashboardFollowsCheckInRollCallImportWithdrawalAndMove() {
        CheckInFixture f = CheckInFixture.create(this, -5);
        long session = f.sessionId();
        long batchId = f.batch().batchId();
        long projectId = f.batch().projectId();
        Api wuxi = api("wuxi.coord");
        Api trainer = api("baodong.trainer");
        String day = Db.value("select cast(cast(starts_at at time zone 'Asia/Shanghai' as date) as text)"
                + " from training_session where id = ?", session).toString();

        // Self check-in: the parent is PRESENT (the session began 5 minutes ago).
        Api.Reply checkedIn = CheckInFixture.checkIn(anonymous(), f.code(this), f.parent(), f.parent().factor());
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        assertThat(CheckInFixture.status(session, f.parent().id())).isEqualTo("PRESENT");
        assertFigures(projectId, batchId, session, 3, 1, 1);

        // Roll call: the student ABSENT (saving a roll holds the session).
        Api.Reply saved = RollCallFixture.save(trainer, session,
                List.of(RollCallFixture.mark(f.student().id(), "ABSENT", null, null)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertFigures(projectId, batchId, session, 3, 1, 2);

        // An uploaded sheet: the third person LATE, the student PRESENT after all (a changed mark).
        String student = (String) Db.value("select display_name from participant where id = ?", f.student().id());
        String third = (String) Db.value("select display_name from participant where id = ?", f.noFactor().id());
        String sheet = "name,status,note\n" + third + ",late,\n" + student + ",出勤,\n";
        Api.Reply applied = trainer.postBytes(RollCallFixture.path(session) + "/import/apply?filename=sheet.csv",
                "text/csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertFigures(projectId, batchId, session, 3, 3, 3);

        // The third person withdraws on the session's day: no longer expected there (their mark stays).
        long thirdEnrolment = enrolment(batchId, f.noFactor().id());
        Api.Reply withdrawn = wuxi.post("api/v1/batches/" + batchId + "/enrolments/" + thirdEnrolment + "/withdraw",
                "{\"date\":\"" + day + "\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertFigures(projectId, batchId, session, 2, 3, 3);

        // The parent moves to another batch on that day: expected there from then on, no longer here.
        long other = EnrolmentFixtures.baodongBatch(wuxi, projectId, 10, EnrolmentFixtures.uniqueName("汇总迁入批次"));
        Api.Reply moved = wuxi.post("api/v1/batches/" + batchId + "/enrolments/" + enrolment(batchId, f.parent().id())
                + "/move", "{\"toBatchId\":" + other + ",\"date\":\"" + day + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertFigures(projectId, batchId, session, 1, 3, 3);

        // The session moves a week earlier, before anyone had joined (they joined a week back, less a day or so).
        Db.update("update training_session set starts_at = starts_at - interval '8 days',"
                + " ends_at = ends_at - interval '8 days' where id = ?", session);
        assertFigures(projectId, batchId, session, 0, 3, 3);

        // The check itself sees a tally gone wrong, and a recount puts it right.
        Db.update("update session_tally set present = present + 1 where session_id = ?", session);
        assertThat(TallyCheck.mismatches()).isEqualTo(1);
        Db.rows("select session_tally_recount(array[cast(? as bigint)])", session);
        assertThat(TallyCheck.mismatches()).as("tallies that differ from a recount, all sessions").isZero();
    }

    /** The figures the dashboard shows for the session and the project equal a direct count, and are as stated. */
    private void assertFigures(long projectId, long batchId, long session, long expected, long attended,
            long recorded) {
        Api wuxi = api("wuxi.coord");
        String path = "api/v1/projects/" + projectId + "/attendance-dashboard";
        JsonArray sessions = (JsonArray) wuxi.get(path + "/sessions?batchId=" + batchId).json();
        JsonObject row = sessions.stream().map(s -> s.asJsonObject())
                .filter(s -> s.getJsonNumber("sessionId").longValue() == session).findFirst().orElseThrow();
        boolean held = "HELD".equals(row.getString("status"));
        long counted = Db.count("""
                select count(*) from enrolment e join training_session s on s.batch_id = e.batch_id
                 where s.id = ? and e.enrolled_on <= cast(s.starts_at at time zone 'Asia/Shanghai' as date)
                   and (e.ended_on is null or e.ended_on > cast(s.starts_at at time zone 'Asia/Shanghai' as date))""",
                session);
        long came = Db.count("select count(*) from attendance where session_id = ? and not walk_in"
                + " and status in ('PRESENT', 'LATE')", session);
        long marks = Db.count("select count(*) from attendance where session_id = ?", session);
        assertThat(List.of(counted, came, marks)).as("counted straight from the tables")
                .containsExactly(expected, attended, recorded);
        assertThat(row.getJsonNumber("recorded").longValue()).isEqualTo(recorded);
        assertThat(row.getJsonNumber("expected").longValue()).isEqualTo(held ? expected : 0);
        assertThat(row.getJsonNumber("attended").longValue()).isEqualTo(held ? attended : 0);
        // The project's totals are those of its HELD sessions (this fixture's project has no other).
        JsonObject totals = wuxi.get(path).object().getJsonObject("totals");
        long heldExpected = Db.count("""
                select count(*) from enrolment e join training_session s on s.batch_id = e.batch_id
                 where s.project_id = ? and s.status = 'HELD'
                   and e.enrolled_on <= cast(s.starts_at at time zone 'Asia/Shanghai' as date)
                   and (e.ended_on is null or e.ended_on > cast(s.starts_at at time zone 'Asia/Shanghai' as date))""",
                projectId);
        long heldAttended = Db.count("""
                select count(*) from attendance a join training_session s on s.id = a.session_id
                 where s.project_id = ? and s.status = 'HELD' and not a.walk_in
                   and a.status in ('PRESENT', 'LATE')""", projectId);
        assertThat(totals.getJsonNumber("expected").longValue()).isEqualTo(heldExpected);
        assertThat(totals.getJsonNumber("attended").longValue()).isEqualTo(heldAttended);
        assertThat(TallyCheck.mismatches()).as("tallies that differ from a recount").isZero();
    }

    private static long enrolment(long batchId, long participantId) {
        return ((Number) Db.value("select id from enrolment where batch_id = ? and participant_id = ?"
                + " and status = 'ACTIVE'", batchId, participantId)).longValue();
    }
}
