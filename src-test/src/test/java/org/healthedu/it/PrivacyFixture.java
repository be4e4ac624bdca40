package org.healthedu.it;

import java.util.List;

/**
 * A participant with data in every table the privacy registry declares, each personal value carrying {@code marker}
 * (so a search of every text column finds what an erasure left): a parent of the host fixture who attended five
 * sessions (one mark with a note and a change with notes), a guardian's consent, an ended-then-noted enrolment
 * reason, a certified peer host with their own account, a feedback ticket, and an identified feedback response with
 * a text answer; plus an anonymous response with a text answer carrying {@code anonymousMarker}, which must survive.
 */
record PrivacyFixture(HostFixture hosts, long person, long session, String marker, String anonymousMarker,
        String name, String phone) {

    static PrivacyFixture create(AppIT test) {
        HostFixture hosts = HostFixture.create(test, 2);
        long person = hosts.person(0);
        long session = hosts.sessions().get(0);
        String marker = "PDX" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String anonymousMarker = "ANX" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String name = "张" + marker;
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        Db.update("update participant set display_name = ?, name_key = ?, phone = ?, school = ?, grade = ? "
                + "where id = ?", name, name.toLowerCase(), phone, marker + "学校", marker + "班", person);
        hosts.host(test, 0);
        Db.update("""
                insert into guardian_consent (id, participant_id, guardian_name, relation, consent_date, text_version,
                                              recorded_by)
                values (nextval('guardian_consent_seq'), ?, ?, '母亲', current_date, '2026-1', ?)""", person,
                "李" + marker, CoursewareFixture.accountId("wuxi.coord"));
        Db.update("update enrolment set end_reason = ? where participant_id = ?", marker + "原因", person);
        Db.update("update attendance set note = ? where participant_id = ? and session_id = ?", marker + "备注",
                person, session);
        Db.update("""
                insert into attendance_change (attendance_id, session_id, participant_id, version_after, old_status,
                                               new_status, old_note, new_note, source)
                select id, session_id, participant_id, version + 1, 'ABSENT', 'PRESENT', ?, ?, 'ROLL_CALL'
                from attendance where participant_id = ? and session_id = ?""", marker + "旧", marker + "新", person,
                session);
        Db.update("insert into feedback_ticket (token_hash, session_id, used, participant_id) values (?, ?, true, ?)",
                "t" + Long.toString(System.nanoTime(), 36), session, person);
        List<Object> question = Db.rows("""
                select q.version_id, q.id from feedback_question q
                where q.kind in ('SHORT_TEXT', 'LONG_TEXT') order by q.id limit 1""").get(0);
        long linked = response(session, question.get(0), person);
        answer(linked, question.get(1), marker + "反馈");
        long anonymous = response(session, question.get(0), null);
        answer(anonymous, question.get(1), anonymousMarker + "匿名反馈");
        return new PrivacyFixture(hosts, person, session, marker, anonymousMarker, name, phone);
    }

    private static long response(long session, Object versionId, Long participant) {
        long id = ((Number) Db.value("select nextval('feedback_response_seq')")).longValue();
        Db.update("""
                insert into feedback_response (id, session_id, form_version_id, audience, submission_key,
                                               respondent_key, participant_id)
                values (?, ?, ?, 'PARENT', gen_random_uuid(), ?, ?)""", id, session, versionId,
                "k" + Long.toString(System.nanoTime(), 36), participant);
        return id;
    }

    private static void answer(long response, Object question, String text) {
        Db.update("""
                insert into feedback_answer (id, response_id, question_id, text_value)
                values (nextval('feedback_answer_seq'), ?, ?, ?)""", response, question, text);
    }

    long projectId() {
        return hosts.projectId();
    }

    long batchId() {
        return hosts.fixture().batchId();
    }

    /** Every text column of every table whose value contains {@code text}, as "table.column". */
    static List<String> columnsContaining(String text) {
        List<List<Object>> columns = Db.rows("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema()
                  and data_type in ('text', 'character varying', 'character', 'jsonb')
                  and table_name in (select table_name from information_schema.tables
                                     where table_schema = current_schema() and table_type = 'BASE TABLE')""");
        StringBuilder sql = new StringBuilder();
        for (List<Object> column : columns) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("select '").append(column.get(0)).append('.').append(column.get(1)).append("' from \"")
                    .append(column.get(0)).append("\" where cast(\"").append(column.get(1))
                    .append("\" as text) ilike '%").append(text).append("%'");
        }
        return Db.rows(sql.toString()).stream().map(row -> (String) row.get(0)).distinct().toList();
    }
}
