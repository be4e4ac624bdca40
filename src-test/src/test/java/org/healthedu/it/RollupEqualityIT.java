package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rollups never drift from the data: after a seeded mix of writes (marks set, changed and removed, walk-ins,
 * enrolments withdrawn and added, sessions held, cancelled and moved, responses and answers added and removed,
 * adjustments, guidance notes, rule changes) the figures read from the rollups equal those counted from the base
 * tables, for every unit of the fixture's tree and several periods; and a rebuild or a recount of the sites leaves
 * the same figures.
 */
class RollupEqualityIT extends AppIT {

    private static final String[] UNITS = {FiguresFixture.CITY, FiguresFixture.COUNTY_A, "JS-WX-YX-YC",
        FiguresFixture.COMMUNITY_A, FiguresFixture.COUNTY_B, FiguresFixture.SCHOOL_B};
    private static final String[][] PERIODS = {{"2026-08-01", "2027-07-31"}, {"2026-09-01", "2026-09-30"},
        {"2026-10-01", "2026-10-31"}, {"2026-07-01", "2026-09-30"}, {"2026-01-01", "2026-12-31"},
        {"2026-09-04", "2026-10-07"}};
    private static final String[] STATUSES = {"PRESENT", "LATE", "EXCUSED", "ABSENT"};

    @Test
    void rollupsEqualTheBaseTablesAfterAnyMixOfWrites() {
        FiguresFixture f = FiguresFixture.create();
        Random random = new Random(20260906L);
        List<String> sessions = new ArrayList<>(f.sessions.keySet());
        sessions.sort(null);
        List<String> enrolled = List.of("A1", "A2", "A3", "A4", "B1", "B2");
        for (int i = 0; i < 60; i++) {
            String session = sessions.get(random.nextInt(sessions.size()));
            String person = enrolled.get(random.nextInt(enrolled.size()));
            switch (random.nextInt(10)) {
                case 0, 1, 2 -> f.mark(session, person, STATUSES[random.nextInt(STATUSES.length)]);
                case 3 -> Db.update("delete from attendance where session_id = ? and participant_id = ?",
                        f.sessions.get(session), f.people.get(person));
                case 4 -> Db.update("update training_session set status = ?, status_reason = '测试' where id = ?",
                        random.nextBoolean() ? "HELD" : "CANCELLED", f.sessions.get(session));
                case 5 -> Db.update("""
                        update training_session set starts_at = starts_at + interval '9 days',
                               ends_at = ends_at + interval '9 days' where id = ?""", f.sessions.get(session));
                case 6 -> f.respond(session, 1 + random.nextInt(10));
                case 7 -> Db.update("""
                        delete from feedback_answer where id = (select min(a.id) from feedback_answer a
                               join feedback_response r on r.id = a.response_id where r.session_id = ?)""",
                        f.sessions.get(session));
                case 8 -> {
                    if (random.nextBoolean()) {
                        Db.update("""
                                update enrolment set status = 'WITHDRAWN', ended_on = date '2026-09-20',
                                       end_reason = '测试' where project_id = ? and participant_id = ? and status = 'ACTIVE'""",
                                f.projectId, f.people.get(person));
                    } else {
                        Db.update("""
                                insert into guidance_note (id, session_id, author_id, observed)
                                values (nextval('guidance_note_seq'), ?, ?, '随堂指导')""", f.sessions.get(session),
                                f.adminId);
                    }
                }
                default -> {
                    if (random.nextBoolean()) {
                        f.excusedCounts(random.nextBoolean());
                    } else {
                        Db.update("update project_completion_rule set min_lessons = ? where project_id = ?",
                                1 + random.nextInt(3), f.projectId);
                    }
                }
            }
        }
        // A walk-in and a statement touching many rows at once.
        Marks.mark(f.sessions.get("sB1"), f.people.get("W"), "LATE", true);
        Db.update("update attendance set status = 'PRESENT' where session_id in (select id from training_session "
                + "where project_id = ?) and status = 'ABSENT'", f.projectId);

        List<List<Object>> before = assertEqualEverywhere(f);
        assertThat(before).as("the fixture has figures to compare").hasSizeGreaterThan(100);

        Db.value("select reporting_rollup_recount_sites(array[?, ?]::bigint[])", f.siteA, f.siteB);
        assertThat(assertEqualEverywhere(f)).as("a recount of the sites changes nothing").isEqualTo(before);
        Db.value("select reporting_rollup_rebuild()");
        assertThat(assertEqualEverywhere(f)).as("a rebuild changes nothing").isEqualTo(before);

        // The service (rollups) and the base figures agree through the application too.
        Api.Reply rollups = api("admin").get("api/v1/figures/projects/" + f.projectId + "/units/"
                + Db.unitId(FiguresFixture.CITY) + "?period=2026Q3");
        Api.Reply base = api("admin").get("api/v1/figures/projects/" + f.projectId + "/units/"
                + Db.unitId(FiguresFixture.CITY) + "?period=2026Q3&source=base");
        assertThat(rollups.status()).as(rollups.toString()).isEqualTo(200);
        assertThat(base.status()).as(base.toString()).isEqualTo(200);
        assertThat(base.object().getJsonObject("total")).isEqualTo(rollups.object().getJsonObject("total"));
        assertThat(base.object().getJsonArray("children")).isEqualTo(rollups.object().getJsonArray("children"));
        assertProblem(api("wuxi.coord").get("api/v1/figures/projects/" + f.projectId + "/units/"
                + Db.unitId(FiguresFixture.CITY) + "?source=base"), 403, "error.forbidden");
    }

    /** Every unit and period: the rollups' rows equal the base tables' rows; returns them all. */
    private static List<List<Object>> assertEqualEverywhere(FiguresFixture f) {
        List<List<Object>> all = new ArrayList<>();
        for (String unit : UNITS) {
            long unitId = Db.unitId(unit);
            for (String[] period : PERIODS) {
                String order = " order by child_level, child_id, measure";
                List<List<Object>> rollups = Db.rows("select child_level, child_id, measure, value from "
                        + "reporting_figures(?, ?, cast(? as date), cast(? as date))" + order, f.projectId, unitId,
                        period[0], period[1]);
                List<List<Object>> base = Db.rows("select child_level, child_id, measure, value from "
                        + "reporting_base_figures(?, ?, cast(? as date), cast(? as date))" + order, f.projectId,
                        unitId, period[0], period[1]);
                assertThat(rollups).as(unit + " " + period[0] + "/" + period[1]).isEqualTo(base);
                all.addAll(rollups);
            }
        }
        return all;
    }
}
