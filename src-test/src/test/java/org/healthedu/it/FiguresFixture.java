package org.healthedu.it;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A project of its own for the reporting figures, written straight into the database (every writer is followed by
 * the rollup triggers, SQL as much as the API): owned by Wuxi, period 2026-08-01 to 2027-07-31, a three-lesson
 * curriculum, site A (宝东社区, county 宜兴) and site B (金星中学, county 南长), one batch at each, people enrolled
 * on 2026-08-01:
 * <ul>
 * <li>A: A1 parent F, A2 parent M, A3 student F, A4 parent F; W a walk-in parent (not enrolled);</li>
 * <li>B: B1 student M, B2 peer educator F.</li>
 * </ul>
 * Sessions (lesson, day, status, marks): sA1 L1 09-03 HELD (A1 present, A2 late, A3 excused, A4 absent, W present
 * walk-in), sA2 L2 09-10 HELD (A1–A4 present), sA3 L3 10-08 HELD without a roll, sA4 L3 10-15 PLANNED, sA5 L3 09-17
 * CANCELLED; sB1 L1 09-05 HELD (B1, B2 present), sB2 L2 10-06 HELD (B1 excused, B2 late), sB3 L3 10-20 PLANNED.
 * Feedback: satisfaction 5 and 4 at sA1, 3 at sB1; an adjustment at sA2; a guidance note at sB2; a lecture of 50 at
 * site A on 09-15; the default completion rule written down (two of three lessons, late counts, excused not).
 */
final class FiguresFixture {

    static final String CITY = "JS-WX";
    static final String COUNTY_A = "JS-WX-YX";
    static final String COMMUNITY_A = "JS-WX-YX-YC-BD";
    static final String COUNTY_B = "JS-WX-NC";
    static final String SCHOOL_B = "JS-WX-NC-JX";

    final long projectId;
    final long siteA;
    final long siteB;
    final long batchA;
    final long batchB;
    final long[] lessons = new long[3];
    final Map<String, Long> people = new HashMap<>();
    final Map<String, Long> sessions = new HashMap<>();
    final long adminId;
    private final long formVersionId;
    private final long satisfactionQuestionId;

    private FiguresFixture() {
        adminId = id("select id from account where username = 'admin'");
        long city = Db.unitId(CITY);
        projectId = next("project_seq");
        Db.update("""
                insert into project (id, code, name_zh, funder_unit_id, owner_unit_id, start_date, end_date, status,
                                     budget_cny)
                values (?, ?, '报告数据测试项目', ?, ?, date '2026-08-01', date '2027-07-31', 'ACTIVE', 100000)""",
                projectId, "FIG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), city, city);
        siteA = EnrolmentFixtures.siteId(COMMUNITY_A, EnrolmentFixtures.BAODONG_SITE);
        siteB = EnrolmentFixtures.siteId(SCHOOL_B, "金星中学");
        long curriculum = next("curriculum_seq");
        Db.update("""
                insert into curriculum (id, project_id, owner_unit_id, version_no, in_use, name_zh)
                values (?, ?, ?, 1, true, '三课方案')""", curriculum, projectId, city);
        for (int i = 0; i < 3; i++) {
            lessons[i] = next("curriculum_lesson_seq");
            Db.update("""
                    insert into curriculum_lesson (id, curriculum_id, position, title_zh, lineage_id)
                    values (?, ?, ?, ?, ?)""", lessons[i], curriculum, i + 1, "第" + (i + 1) + "课", lessons[i]);
        }
        batchA = batch(siteA, 1, curriculum);
        batchB = batch(siteB, 2, curriculum);
        person("A1", "PARENT", "FEMALE", COMMUNITY_A, siteA, batchA);
        person("A2", "PARENT", "MALE", COMMUNITY_A, siteA, batchA);
        person("A3", "STUDENT", "FEMALE", COMMUNITY_A, siteA, batchA);
        person("A4", "PARENT", "FEMALE", COMMUNITY_A, siteA, batchA);
        person("W", "PARENT", "MALE", COMMUNITY_A, siteA, null);
        person("B1", "STUDENT", "MALE", SCHOOL_B, siteB, batchB);
        person("B2", "PEER_EDUCATOR", "FEMALE", SCHOOL_B, siteB, batchB);

        session("sA1", batchA, 1, "2026-09-03", "HELD");
        session("sA2", batchA, 2, "2026-09-10", "HELD");
        session("sA3", batchA, 3, "2026-10-08", "HELD");
        session("sA4", batchA, 3, "2026-10-15", "PLANNED");
        session("sA5", batchA, 3, "2026-09-17", "CANCELLED");
        session("sB1", batchB, 1, "2026-09-05", "HELD");
        session("sB2", batchB, 2, "2026-10-06", "HELD");
        session("sB3", batchB, 3, "2026-10-20", "PLANNED");
        mark("sA1", "A1", "PRESENT");
        mark("sA1", "A2", "LATE");
        mark("sA1", "A3", "EXCUSED");
        mark("sA1", "A4", "ABSENT");
        Marks.mark(sessions.get("sA1"), people.get("W"), "PRESENT", true);
        for (String p : new String[] {"A1", "A2", "A3", "A4"}) {
            mark("sA2", p, "PRESENT");
        }
        mark("sB1", "B1", "PRESENT");
        mark("sB1", "B2", "PRESENT");
        mark("sB2", "B1", "EXCUSED");
        mark("sB2", "B2", "LATE");

        formVersionId = id("""
                select f.current_version_id from feedback_form f where f.template_code = 'POST_SESSION_PARENTS'""");
        satisfactionQuestionId = id("select q.id from feedback_question q where q.version_id = "
                + formVersionId + " and q.measure = 'SATISFACTION' order by q.position limit 1");
        respond("sA1", 5);
        respond("sA1", 4);
        respond("sB1", 3);
        Db.update("""
                insert into feedback_adjustment (id, session_id, lesson_id, description, created_by)
                select nextval('feedback_adjustment_seq'), s.id, s.lesson_id, '多留讨论时间', ? from training_session s
                 where s.id = ?""", adminId, sessions.get("sA2"));
        Db.update("""
                insert into guidance_note (id, session_id, author_id, observed)
                values (nextval('guidance_note_seq'), ?, ?, '课堂互动良好')""", sessions.get("sB2"), adminId);
        Db.update("""
                insert into activity (id, type, held_on, unit_id, site_id, project_id, topic, audience, headcount,
                                      recorded_by)
                values (nextval('activity_seq'), 'LECTURE', date '2026-09-15', ?, ?, ?, '青春期讲座', 'PARENTS', 50, ?)""",
                Db.unitId(COMMUNITY_A), siteA, projectId, adminId);
        Db.update("""
                insert into project_completion_rule (project_id, min_lessons, late_counts, excused_counts, updated_by)
                values (?, null, true, false, ?)""", projectId, adminId);
    }

    static FiguresFixture create() {
        return new FiguresFixture();
    }

    private long batch(long siteId, int number, long curriculum) {
        long projectSite = next("project_site_seq");
        Db.update("""
                insert into project_site (id, project_id, site_id, responsible_unit_id)
                select ?, ?, s.id, s.unit_id from site s where s.id = ?""", projectSite, projectId, siteId);
        long id = next("batch_seq");
        Db.update("""
                insert into batch (id, project_id, project_site_id, number, name, capacity, curriculum_id)
                values (?, ?, ?, ?, ?, 50, ?)""", id, projectId, projectSite, number, "批次" + number, curriculum);
        return id;
    }

    private void person(String key, String kind, String gender, String unitCode, long siteId, Long batchId) {
        long id = next("participant_seq");
        String name = EnrolmentFixtures.uniqueName("报告" + key);
        Db.update("""
                insert into participant (id, kind, display_name, name_key, gender, birth_year, unit_id, site_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", id, kind, name, name, gender,
                "PARENT".equals(kind) ? null : 2010, Db.unitId(unitCode), siteId);
        people.put(key, id);
        if (batchId != null) {
            Db.update("""
                    insert into enrolment (id, batch_id, project_id, participant_id, status, enrolled_on, enrolled_by)
                    values (nextval('enrolment_seq'), ?, ?, ?, 'ACTIVE', date '2026-08-01', ?)""", batchId, projectId,
                    id, adminId);
        }
    }

    void session(String key, long batchId, int position, String day, String status) {
        sessions.put(key, Marks.session(batchId, lessons[position - 1], day, status));
    }

    void mark(String session, String person, String status) {
        Marks.mark(sessions.get(session), people.get(person), status);
    }

    /** A parent's feedback at the session with a satisfaction answer. */
    void respond(String session, int satisfaction) {
        long response = next("feedback_response_seq");
        Db.update("""
                insert into feedback_response (id, session_id, form_version_id, audience, submission_key,
                                               respondent_key)
                values (?, ?, ?, 'PARENT', gen_random_uuid(), ?)""", response, sessions.get(session), formVersionId,
                "fig-" + UUID.randomUUID());
        Db.update("""
                insert into feedback_answer (id, response_id, question_id, number_value)
                values (nextval('feedback_answer_seq'), ?, ?, ?)""", response, satisfactionQuestionId,
                (short) satisfaction);
    }

    void withdraw(String person, String endedOn) {
        Db.update("""
                update enrolment set status = 'WITHDRAWN', ended_on = cast(? as date), end_reason = '搬家'
                 where project_id = ? and participant_id = ?""", endedOn, projectId, people.get(person));
    }

    void cancel(String session) {
        Marks.cancelled(sessions.get(session), "场地不可用");
    }

    void excusedCounts(boolean counts) {
        Db.update("update project_completion_rule set excused_counts = ?, version = version + 1 where project_id = ?",
                counts, projectId);
    }

    static long next(String sequence) {
        return id("select nextval('" + sequence + "')");
    }

    private static long id(String sql) {
        return ((Number) Db.value(sql)).longValue();
    }
}
