package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.healthedu.account.PasswordHashes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attendance dashboard of a city with 500 sites and 100,000 attendance records, loaded straight into PostgreSQL
 * with generate_series: 10 counties × 50 communities, one site each, one project over all of them, one batch of 40
 * parents per site, its 5 lessons held (2,500 sessions, 20,000 people). The figures must stay right; the timings are
 * printed as a rerunnable benchmark ({@code mvn verify -Dit.test=AttendanceDashboardScaleIT}), not asserted.
 */
class AttendanceDashboardScaleIT extends AppIT {

    private static final String CITY = "DASHSCALE";
    private static final String PROJECT = "DASHSCALE-2026";

    @BeforeAll
    static void loadACityOfFiveHundredSites() throws Exception {
        if (Db.count("select count(*) from organisation_unit where code = ?", CITY) > 0) {
            return;
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(System.getProperty("healthedu.test.db.url"),
                System.getProperty("healthedu.test.db.user"), System.getProperty("healthedu.test.db.password"));
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("""
                    insert into organisation_unit (id, code, name_zh, kind, parent_id, path, depth)
                    select n.id, 'DASHSCALE', '看板规模测试市', 'CITY', p.id, p.path || n.id || '/', p.depth + 1
                      from organisation_unit p, (select nextval('organisation_unit_seq') id) n where p.code = 'JS'""");
            s.execute("""
                    with city as (select id, path, depth from organisation_unit where code = 'DASHSCALE'),
                         n as (select nextval('organisation_unit_seq') id, g from generate_series(1, 10) g)
                    insert into organisation_unit (id, code, name_zh, kind, parent_id, path, depth)
                    select n.id, 'DASHSCALE-' || n.g, '看板县' || n.g, 'COUNTY', city.id, city.path || n.id || '/',
                           city.depth + 1
                      from city, n""");
            s.execute("""
                    with county as (select id, code, path, depth from organisation_unit
                                     where code like 'DASHSCALE-%' and kind = 'COUNTY'),
                         n as (select nextval('organisation_unit_seq') id, c.id pid, c.code pcode, c.path ppath,
                                      c.depth pdepth, g
                                 from county c cross join generate_series(1, 50) g)
                    insert into organisation_unit (id, code, name_zh, kind, parent_id, path, depth)
                    select n.id, n.pcode || '-' || n.g, '看板社区' || n.pcode || '-' || n.g, 'COMMUNITY', n.pid,
                           n.ppath || n.id || '/', n.pdepth + 1
                      from n""");
            s.execute("""
                    insert into site (id, unit_id, kind, name_zh)
                    select nextval('site_seq'), u.id, 'COMMUNITY', u.name_zh || '活动室'
                      from organisation_unit u where u.code like 'DASHSCALE-%-%' order by u.id""");
            // Each account gets its own salted hash of the demo password, as real accounts do.
            try (PreparedStatement account = c.prepareStatement("""
                    insert into account (id, username, password_hash, display_name, role, unit_id)
                    select nextval('account_seq'), ?, ?, ?, 'COORDINATOR', u.id
                      from organisation_unit u where u.code = ?""")) {
                for (String[] row : new String[][] {{"dashscale.coord", "看板市协调员", "DASHSCALE"},
                        {"dashscale.county", "看板县协调员", "DASHSCALE-3"}}) {
                    account.setString(1, row[0]);
                    account.setString(2, PasswordHashes.hash(DEMO_PASSWORD.toCharArray()));
                    account.setString(3, row[1]);
                    account.setString(4, row[2]);
                    account.executeUpdate();
                }
            }
            s.execute("""
                    insert into project (id, code, name_zh, funder_unit_id, owner_unit_id, start_date, end_date, status)
                    select nextval('project_seq'), 'DASHSCALE-2026', '看板规模测试项目', f.id, o.id,
                           date '2026-01-01', date '2026-12-31', 'ACTIVE'
                      from organisation_unit f, organisation_unit o where f.code = 'CFPA' and o.code = 'DASHSCALE'""");
            s.execute("""
                    insert into project_site (id, project_id, site_id, responsible_unit_id)
                    select nextval('project_site_seq'), p.id, st.id, st.unit_id
                      from project p, site st join organisation_unit u on u.id = st.unit_id
                     where p.code = 'DASHSCALE-2026' and u.code like 'DASHSCALE-%-%' order by st.id""");
            s.execute("""
                    insert into curriculum (id, project_id, owner_unit_id, version_no, in_use, name_zh)
                    select nextval('curriculum_seq'), p.id, p.owner_unit_id, 1, true, '看板课程'
                      from project p where p.code = 'DASHSCALE-2026'""");
            s.execute("""
                    with c as (select c.id from curriculum c join project p on p.id = c.project_id
                                where p.code = 'DASHSCALE-2026'),
                         n as (select nextval('curriculum_lesson_seq') id, g from generate_series(1, 5) g)
                    insert into curriculum_lesson (id, curriculum_id, position, title_zh, lineage_id)
                    select n.id, c.id, n.g, '第' || n.g || '课', n.id from c, n""");
            s.execute("""
                    insert into batch (id, project_id, project_site_id, number, name, planned_start, capacity,
                                       curriculum_id)
                    select nextval('batch_seq'), ps.project_id, ps.id, row_number() over (order by ps.id),
                           '看板批次' || row_number() over (order by ps.id), date '2026-03-01', 50, c.id
                      from project_site ps join project p on p.id = ps.project_id
                      join curriculum c on c.project_id = p.id
                     where p.code = 'DASHSCALE-2026' order by ps.id""");
            s.execute("""
                    insert into participant (id, kind, display_name, name_key, unit_id, site_id)
                    select nextval('participant_seq'), 'PARENT', '看板家长' || b.number || '-' || g,
                           '看板家长' || b.number || '-' || g, st.unit_id, st.id
                      from batch b join project p on p.id = b.project_id
                      join project_site ps on ps.id = b.project_site_id join site st on st.id = ps.site_id
                      cross join generate_series(1, 40) g
                     where p.code = 'DASHSCALE-2026' order by b.id, g""");
            s.execute("""
                    insert into enrolment (id, batch_id, project_id, participant_id, status, enrolled_on, enrolled_by)
                    select nextval('enrolment_seq'), b.id, b.project_id, pt.id, 'ACTIVE', date '2026-02-20', a.id
                      from batch b join project p on p.id = b.project_id
                      join project_site ps on ps.id = b.project_site_id
                      join site st on st.id = ps.site_id
                      join participant pt on pt.site_id = st.id and pt.display_name like '看板家长%'
                      cross join (select id from account where username = 'dashscale.coord') a
                     where p.code = 'DASHSCALE-2026'""");
            s.execute("""
                    insert into training_session (id, project_id, batch_id, project_site_id, lesson_id, room, room_key,
                                                  starts_at, ends_at, lead_trainer_id, status, created_by)
                    select nextval('training_session_seq'), b.project_id, b.id, b.project_site_id, l.id, '活动室',
                           '活动室', timestamptz '2026-03-07 09:30+08' + (l.position - 1) * interval '7 days',
                           timestamptz '2026-03-07 11:30+08' + (l.position - 1) * interval '7 days', a.id, 'HELD', a.id
                      from batch b join project p on p.id = b.project_id
                      join curriculum_lesson l on l.curriculum_id = b.curriculum_id
                      cross join (select id from account where username = 'dashscale.coord') a
                     where p.code = 'DASHSCALE-2026'""");
            // Marks: 85% PRESENT, 5% LATE, 5% EXCUSED, 5% ABSENT, by a fixed pattern.
            s.execute("""
                    insert into attendance (id, session_id, participant_id, status, walk_in, source)
                    select nextval('attendance_seq'), s.id, e.participant_id,
                           case when (e.participant_id / 50 + s.id / 50 * 7) % 20 < 17 then 'PRESENT'
                                when (e.participant_id / 50 + s.id / 50 * 7) % 20 = 17 then 'LATE'
                                when (e.participant_id / 50 + s.id / 50 * 7) % 20 = 18 then 'EXCUSED'
                                else 'ABSENT' end,
                           false, 'ROLL_CALL'
                      from training_session s join project p on p.id = s.project_id
                      join enrolment e on e.batch_id = s.batch_id
                     where p.code = 'DASHSCALE-2026'""");
            c.commit();
            // Statistics for the planner, committed: an ANALYZE in a transaction that is never committed is lost.
            c.setAutoCommit(true);
            s.execute("analyze");
        }
        System.out.printf("BENCHMARK %-40s %8.1f s%n", "load 500 sites, 100,000 marks",
                (System.nanoTime() - start) / 1e9);
    }

    @Test
    void theDashboardOfACityWithFiveHundredSitesStaysRightAndQuick() {
        long projectId = ((Number) Db.value("select id from project where code = ?", PROJECT)).longValue();
        assertThat(Db.count("select count(*) from attendance a join training_session s on s.id = a.session_id"
                + " where s.project_id = ?", projectId)).isEqualTo(100_000);
        Api city = api("dashscale.coord");
        Api county = api("dashscale.county");

        JsonObject all = city.get("api/v1/projects/" + projectId + "/attendance-dashboard").object();
        JsonObject totals = all.getJsonObject("totals");
        assertThat(totals.getInt("sites")).isEqualTo(500);
        assertThat(totals.getInt("held")).isEqualTo(2_500);
        assertThat(totals.getInt("expected")).isEqualTo(100_000);
        assertThat(totals.getInt("attended")).isEqualTo((int) Db.count("select count(*) from attendance a"
                + " join training_session s on s.id = a.session_id where s.project_id = ?"
                + " and a.status in ('PRESENT', 'LATE')", projectId));
        assertThat(all.getJsonArray("sites")).hasSize(500);
        JsonObject part = county.get("api/v1/projects/" + projectId + "/attendance-dashboard").object();
        assertThat(part.getJsonObject("totals").getInt("sites")).isEqualTo(50);
        assertThat(part.getJsonObject("totals").getInt("expected")).isEqualTo(10_000);
        assertThat(TallyCheck.mismatches()).as("session tallies that differ from a recount").isZero();
        System.out.printf("BENCHMARK %-40s %8d people%n", "at risk (missed 2 in a row)", totals.getInt("atRisk"));

        long batchId = ((Number) Db.value("select min(id) from batch where project_id = ?", projectId)).longValue();
        report("baseline: /me (Basic login only)", () -> city.get("api/v1/me"));
        report("dashboard, city: 500 sites, 100k marks",
                () -> city.get("api/v1/projects/" + projectId + "/attendance-dashboard"));
        report("dashboard, county: 50 sites, 10k marks",
                () -> county.get("api/v1/projects/" + projectId + "/attendance-dashboard"));
        report("drill-down: one batch's sessions",
                () -> city.get("api/v1/projects/" + projectId + "/attendance-dashboard/sessions?batchId=" + batchId));
        report("completion of a batch of 40", () -> city.get("api/v1/batches/" + batchId + "/completion"));
    }

    private static void report(String what, Supplier<Api.Reply> call) {
        for (int i = 0; i < 2; i++) {
            call.get(); // warm up
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long start = System.nanoTime();
            Api.Reply reply = call.get();
            micros.add((System.nanoTime() - start) / 1_000);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
        Collections.sort(micros);
        System.out.printf("BENCHMARK %-40s median %7.1f ms   max %7.1f ms   (9 calls over HTTP)%n", what,
                micros.get(4) / 1000.0, micros.get(8) / 1000.0);
    }
}
