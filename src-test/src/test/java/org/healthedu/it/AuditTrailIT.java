package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit trail: changes made through the API by a known user are found with who and before → after; a project's
 * history is open to whoever sees the project; the trail cannot be rewritten, even with direct SQL; a coordinator sees
 * only their subtree and a trainer nothing. Also measures what the change triggers add to a 60-person roll call.
 */
class AuditTrailIT extends AppIT {

    @Test
    void changesThroughTheApiAreFoundWithWhoAndBeforeAndAfter() {
        SessionFixture fixture = SessionFixture.create(this, 2);
        long project = fixture.projectId();
        Api wuxi = api("wuxi.coord");
        Api admin = api("admin");

        // A project renamed.
        JsonObject shown = wuxi.get("api/v1/projects/" + project).object();
        Api.Reply renamed = wuxi.put("api/v1/projects/" + project, "{\"code\":\"" + shown.getString("code")
                + "\",\"nameZh\":\"审计测试项目\",\"startDate\":\"2026-07-11\",\"endDate\":\"2026-12-31\","
                + "\"budgetCny\":1234.5,\"expectedVersion\":null}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        JsonObject projectChange = only(admin, "changes?table=project&id=" + project + "&actor=wuxi.coord", "UPDATE");
        assertThat(column(projectChange, "name_zh")).containsExactly("课件测试项目", "审计测试项目");
        assertThat(column(projectChange, "budget_cny")).containsExactly("0.00", "1234.50");

        // The project's history through the API, for whoever sees the project (its coordinator), newest first.
        List<JsonObject> history = items(wuxi.get("api/v1/audit/changes?table=project&id=" + project));
        assertThat(history).extracting(c -> c.getString("operation")).containsExactly("UPDATE", "INSERT");
        assertThat(history.get(1).getString("actorUsername")).isEqualTo("wuxi.coord");

        // A target allocation given, then raised.
        long target = wuxi.put("api/v1/projects/" + project + "/targets/" + indicatorId("LECTURE_AUDIENCE"),
                "{\"plannedValue\":500,\"expectedVersion\":null}").id();
        Api.Reply allocated = wuxi.post("api/v1/targets/" + target + "/allocations",
                "{\"parentAllocationId\":null,\"unitId\":" + Db.unitId("JS-WX-YX") + ",\"value\":100}");
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(201);
        long allocation = allocated.id();
        Api.Reply raised = wuxi.put("api/v1/allocations/" + allocation, "{\"value\":150}");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        JsonObject allocationChange = only(admin, "changes?table=target_allocation&id=" + allocation, "UPDATE");
        assertThat(allocationChange.getString("actorUsername")).isEqualTo("wuxi.coord");
        assertThat(column(allocationChange, "value")).containsExactly("100", "150");

        // A courseware version sent to the lecturers' review.
        Api lecturer = api("baodong.trainer");
        Api.Reply started = lecturer.post("api/v1/courseware", "{\"projectId\":" + project + ",\"siteId\":"
                + fixture.project().siteId() + ",\"lessonId\":" + fixture.lesson(1) + "}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long courseware = started.object().getJsonObject("courseware").getJsonNumber("id").longValue();
        Api.Reply link = lecturer.post("api/v1/courseware/" + courseware + "/versions/1/links",
                "{\"title\":\"青春期发育动画\",\"url\":\"https://video.example.org/youth/1\"}");
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        Api.Reply reviewed = lecturer.post("api/v1/courseware/" + courseware + "/versions/1/submit-review", "{}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        JsonObject state = only(admin, "changes?table=courseware_version&actor=baodong.trainer&id=" + courseware,
                "UPDATE");
        assertThat(column(state, "status")).containsExactly("DRAFT", "LECTURER_REVIEW");
        assertThat(items(lecturer.get("api/v1/audit/changes?table=courseware&id=" + courseware)))
                .extracting(c -> c.getString("table")).contains("courseware", "courseware_version");

        // An enrolment (the fixture's, made by the coordinator).
        long enrolment = ((Number) Db.value("select id from enrolment where batch_id = ? and participant_id = ?",
                fixture.batchId(), fixture.participantIds().get(0))).longValue();
        JsonObject enrolled = only(admin, "changes?table=enrolment&id=" + enrolment, "INSERT");
        assertThat(enrolled.getString("actorUsername")).isEqualTo("wuxi.coord");
        assertThat(column(enrolled, "status")).containsExactly(null, "ACTIVE");

        // An attendance mark, recorded then changed by the trainer.
        RollCallFixture.enrolledInJuly(fixture);
        long session = RollCallFixture.session(this, fixture, LocalDate.of(2026, 10, 12));
        JsonObject roll = RollCallFixture.rollCall(lecturer, session);
        assertThat(RollCallFixture.saveAll(lecturer, session, roll, "PRESENT").status()).isEqualTo(200);
        roll = RollCallFixture.rollCall(lecturer, session);
        assertThat(RollCallFixture.saveAll(lecturer, session, roll, "LATE").status()).isEqualTo(200);
        long mark = ((Number) Db.value("select id from attendance where session_id = ? and participant_id = ?",
                session, fixture.participantIds().get(0))).longValue();
        JsonObject markChange = only(admin, "changes?table=attendance&id=" + mark, "UPDATE");
        assertThat(markChange.getString("actorUsername")).isEqualTo("baodong.trainer");
        assertThat(column(markChange, "status")).containsExactly("PRESENT", "LATE");

        // A completion report's narrative written by the county.
        Api yixing = api("yixing.coord");
        long report = ReportFixture.created(yixing, project, ReportFixture.YIXING, "2026Q3")
                .getJsonNumber("id").longValue();
        Api.Reply written = yixing.put("api/v1/reports/" + report + "/sections/OVERVIEW",
                "{\"body\":\"宜兴开展家长培训。\",\"version\":0}");
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        List<JsonObject> reportHistory = items(yixing.get("api/v1/audit/changes?table=completion_report&id="
                + report));
        JsonObject section = reportHistory.stream().filter(c -> c.getString("table").equals("report_section")
                && c.getString("rowKey").equals("kind=OVERVIEW")).findFirst().orElseThrow();
        assertThat(section.getString("actorUsername")).isEqualTo("yixing.coord");
        assertThat(column(section, "body")).last().isEqualTo("宜兴开展家长培训。");

        // Reading the trail was recorded once per opening (offset 0), not per page.
        long viewsBefore = Db.count("select count(*) from audit_event where kind = 'AUDIT_VIEWED' and "
                + "actor_username = 'admin'");
        admin.get("api/v1/audit/changes?table=attendance&limit=1&offset=0");
        admin.get("api/v1/audit/changes?table=attendance&limit=1&offset=1");
        assertThat(Db.count("select count(*) from audit_event where kind = 'AUDIT_VIEWED' and "
                + "actor_username = 'admin'")).isEqualTo(viewsBefore + 1);
        JsonObject viewed = items(admin.get("api/v1/audit/events?kind=AUDIT_VIEWED&actor=admin&limit=1")).get(0);
        assertThat(viewed.getString("details")).contains("changes");
    }

    @Test
    void theTrailCannotBeUpdatedDeletedOrTruncated() {
        api("admin").get("api/v1/audit/events?limit=1");
        Db.update("update project set description = ? where id = (select min(id) from project)", uniqueCode("d"));
        for (String table : List.of("audit_change", "audit_event")) {
            long count = Db.count("select count(*) from " + table);
            String newest = String.valueOf(Db.value("select actor_username from " + table + " order by id desc "
                    + "limit 1"));
            assertThat(count).isPositive();
            assertThatThrownBy(() -> Db.update("update " + table + " set actor_username = 'forged'"))
                    .hasStackTraceContaining("append-only");
            assertThatThrownBy(() -> Db.update("delete from " + table)).hasStackTraceContaining("append-only");
            assertThatThrownBy(() -> Db.update("truncate " + table)).hasStackTraceContaining("append-only");
            assertThat(Db.count("select count(*) from " + table)).isEqualTo(count);
            assertThat(String.valueOf(Db.value("select actor_username from " + table + " order by id desc limit 1")))
                    .isEqualTo(newest);
        }
    }

    @Test
    void aCoordinatorSeesOnlyTheirSubtreeAndATrainerNothing() {
        CoursewareFixture wuxiProject = CoursewareFixture.create(this);
        long project = wuxiProject.projectId();
        api("wuxi.coord").get("api/v1/audit/events?limit=1");

        Api guiyang = api("guiyang.coord");
        assertThat(total(guiyang.get("api/v1/audit/changes?table=project&actor=wuxi.coord"))).isZero();
        assertThat(total(guiyang.get("api/v1/audit/events?actor=wuxi.coord"))).isZero();
        assertProblem(guiyang.get("api/v1/audit/changes?table=project&id=" + project), 403, "error.forbidden");
        assertThat(items(guiyang.get("api/v1/audit/changes?limit=200"))).allSatisfy(
                c -> assertThat(c.getString("unitPath")).startsWith(unitPath("HN-CZ-GY")));

        Api wuxi = api("wuxi.coord");
        assertThat(total(wuxi.get("api/v1/audit/changes?table=project&actor=wuxi.coord"))).isPositive();
        assertThat(total(wuxi.get("api/v1/audit/events?actor=wuxi.coord"))).isPositive();

        Api trainer = api("baodong.trainer");
        assertProblem(trainer.get("api/v1/audit/changes"), 403, "error.forbidden");
        assertProblem(trainer.get("api/v1/audit/events"), 403, "error.forbidden");
        assertProblem(api("admin").get("api/v1/audit/changes?table=no_such_table"), 400, "audit.error.table",
                "table");
    }

    /**
     * What the change triggers cost a roll call: the same 60-person save (inserts, then updates) timed with the
     * attendance triggers switched off and on, alternately, two rounds each (a session of another lesson each time);
     * prints the means.
     */
    @Test
    void aRollCallOf60WritesOneHistoryRowPerMarkAtASmallCost() {
        SessionFixture fixture = SessionFixture.create(this, 60);
        RollCallFixture.enrolledInJuly(fixture);
        Api trainer = api("baodong.trainer");
        List<long[]> off = new ArrayList<>();
        List<long[]> on = new ArrayList<>();
        timeSaves(trainer, fixture, 1, true);
        for (int round = 0; round < 2; round++) {
            off.add(timeSaves(trainer, fixture, 2 + 2 * round, false));
            on.add(timeSaves(trainer, fixture, 3 + 2 * round, true));
        }
        System.out.printf("BENCHMARK audit trigger, roll call of 60 through the API: save (inserts) %d ms off / %d ms "
                + "on, save (updates) %d ms off / %d ms on (mean of 2)%n", mean(off, 0), mean(on, 0),
                mean(off, 1), mean(on, 1));
        long session = ((Number) Db.value("select max(id) from training_session where batch_id = ?",
                fixture.batchId())).longValue();
        System.out.println("BENCHMARK audit trigger, the roll call's two statements alone in PostgreSQL: "
                + sqlOnly(session));
    }

    /**
     * The API's timing is dominated by the machine's noise; the statements alone are not: the roll call's bulk insert
     * of 60 marks and its bulk update, in a transaction rolled back, 30 times with the triggers off and on
     * alternately; medians in microseconds.
     */
    private static String sqlOnly(long session) {
        List<Long> insertOff = new ArrayList<>();
        List<Long> insertOn = new ArrayList<>();
        List<Long> updateOff = new ArrayList<>();
        List<Long> updateOn = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(System.getProperty("healthedu.test.db.url"),
                System.getProperty("healthedu.test.db.user"), System.getProperty("healthedu.test.db.password"))) {
            c.setAutoCommit(false);
            for (int run = 0; run < 60; run++) {
                boolean audited = run % 2 == 1;
                try (Statement statement = c.createStatement()) {
                    statement.execute("delete from attendance_change where session_id = " + session);
                    statement.execute("delete from attendance where session_id = " + session);
                    for (String trigger : List.of("tg_audit_insert", "tg_audit_update", "tg_audit_delete")) {
                        statement.execute("alter table attendance " + (audited ? "enable" : "disable") + " trigger "
                                + trigger);
                    }
                    long start = System.nanoTime();
                    statement.execute("insert into attendance (id, session_id, participant_id, status, source, "
                            + "recorded_by) select nextval('attendance_seq'), s.id, e.participant_id, 'PRESENT', "
                            + "'ROLL_CALL', s.lead_trainer_id from training_session s join enrolment e on "
                            + "e.batch_id = s.batch_id where s.id = " + session);
                    long inserted = (System.nanoTime() - start) / 1000;
                    start = System.nanoTime();
                    statement.execute("update attendance set status = 'LATE', version = version + 1, "
                            + "updated_at = now() where session_id = " + session);
                    long updated = (System.nanoTime() - start) / 1000;
                    if (run >= 10) {
                        (audited ? insertOn : insertOff).add(inserted);
                        (audited ? updateOn : updateOff).add(updated);
                    }
                }
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return String.format("insert of 60 marks %d µs off / %d µs on, update of 60 marks %d µs off / %d µs on "
                + "(medians of 25)", medianOf(insertOff), medianOf(insertOn), medianOf(updateOff), medianOf(updateOn));
    }

    private static long medianOf(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private long[] timeSaves(Api trainer, SessionFixture fixture, int lesson, boolean audited) {
        String day = "2026-11-" + (10 + lesson);
        Api.Reply planned = fixture.tryPlan(api("wuxi.coord"), fixture.sessionJson(lesson, day + "T08:00",
                day + "T08:10", "审计测试室").replace("}", ",\"overrideReason\":\"审计测试\"}"));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        long session = planned.id();
        long before = Db.count("select count(*) from audit_change where table_name = 'attendance'");
        switchAttendanceTriggers(audited);
        try {
            JsonObject roll = RollCallFixture.rollCall(trainer, session);
            long start = System.nanoTime();
            assertThat(RollCallFixture.saveAll(trainer, session, roll, "PRESENT").status()).isEqualTo(200);
            long inserts = (System.nanoTime() - start) / 1_000_000;
            roll = RollCallFixture.rollCall(trainer, session);
            start = System.nanoTime();
            assertThat(RollCallFixture.saveAll(trainer, session, roll, "LATE").status()).isEqualTo(200);
            long updates = (System.nanoTime() - start) / 1_000_000;
            long written = Db.count("select count(*) from audit_change where table_name = 'attendance'") - before;
            assertThat(written).isEqualTo(audited ? 120 : 0);
            return new long[] {inserts, updates};
        } finally {
            switchAttendanceTriggers(true);
        }
    }

    private static void switchAttendanceTriggers(boolean enabled) {
        String verb = enabled ? "enable" : "disable";
        for (String trigger : List.of("tg_audit_insert", "tg_audit_update", "tg_audit_delete")) {
            Db.update("alter table attendance " + verb + " trigger " + trigger);
        }
    }

    private static long mean(List<long[]> runs, int index) {
        return Math.round(runs.stream().mapToLong(r -> r[index]).average().orElseThrow());
    }

    /** The one change of the listing at {@code query}, with the given operation. */
    private static JsonObject only(Api as, String query, String operation) {
        Api.Reply reply = as.get("api/v1/audit/" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> found = items(reply).stream().filter(c -> c.getString("operation").equals(operation))
                .toList();
        assertThat(found).as(reply.toString()).hasSize(1);
        return found.get(0);
    }

    private static List<JsonObject> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static long total(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonNumber("total").longValue();
    }

    /** A changed column's before and after, as text (null: no value). */
    private static List<String> column(JsonObject change, String name) {
        JsonObject column = change.getJsonArray("columns").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + change));
        List<String> values = new ArrayList<>();
        values.add(RollCallFixture.absent(column, "before") ? null : column.getString("before"));
        values.add(RollCallFixture.absent(column, "after") ? null : column.getString("after"));
        return values;
    }

    private static long indicatorId(String code) {
        return ((Number) Db.value("select id from indicator where code = ?", code)).longValue();
    }

    private static String unitPath(String code) {
        return (String) Db.value("select path from organisation_unit where code = ?", code);
    }
}
