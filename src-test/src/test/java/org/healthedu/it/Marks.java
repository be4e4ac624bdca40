package org.healthedu.it;

/**
 * Attendance written straight into the database, for completion and dashboard tests (the roll call's own API is
 * tested on its own): a session marked HELD, marks inserted or changed, enrolments dated back.
 */
final class Marks {

    private Marks() {
    }

    /**
     * A session of lesson {@code position} of the fixture's batch on {@code day} 07:00–08:30 (China, an hour no
     * other test plans at, so that booking conflicts with sessions planned through the API cannot arise), led by
     * baodong.trainer, in {@code status}; written directly so that planning rules (conflicts) do not get in the way.
     */
    static long session(SessionFixture fixture, int position, String day, String status) {
        return session(fixture.batchId(), fixture.lesson(position), day, status);
    }

    /** As {@link #session(SessionFixture, int, String, String)} for any batch and lesson of its curriculum. */
    static long session(long batchId, long lessonId, String day, String status) {
        return session(batchId, lessonId, day, status, "baodong.trainer");
    }

    /** As above, led by {@code lead}. */
    static long session(long batchId, long lessonId, String day, String status, String lead) {
        long id = ((Number) Db.value("select nextval('training_session_seq')")).longValue();
        Db.update("""
                insert into training_session (id, project_id, batch_id, project_site_id, lesson_id, room, room_key,
                    starts_at, ends_at, lead_trainer_id, status, status_reason, created_by)
                select ?, b.project_id, b.id, b.project_site_id, ?, '活动室', '活动室',
                       (cast(? as date) + time '07:00') at time zone 'Asia/Shanghai',
                       (cast(? as date) + time '08:30') at time zone 'Asia/Shanghai',
                       a.id, ?, case when ? in ('CANCELLED', 'POSTPONED') then '测试' end, a.id
                  from batch b, account a where b.id = ? and a.username = ?""",
                id, lessonId, day, day, status, status, batchId, lead);
        return id;
    }

    static void held(long sessionId) {
        Db.update("update training_session set status = 'HELD' where id = ?", sessionId);
    }

    static void cancelled(long sessionId, String reason) {
        Db.update("update training_session set status = 'CANCELLED', status_reason = ? where id = ?", reason,
                sessionId);
    }

    /** Marks {@code participantId} with {@code status} at the session (replacing an earlier mark). */
    static void mark(long sessionId, long participantId, String status) {
        mark(sessionId, participantId, status, false);
    }

    static void mark(long sessionId, long participantId, String status, boolean walkIn) {
        Db.update("""
                insert into attendance (id, session_id, participant_id, status, walk_in, source)
                values (nextval('attendance_seq'), ?, ?, ?, ?, 'ROLL_CALL')
                on conflict (session_id, participant_id) do update set status = excluded.status,
                    version = attendance.version + 1, updated_at = now()""", sessionId, participantId, status,
                walkIn);
    }

    /** The batch's enrolments date from {@code day} (people enrolled through the API today would miss earlier sessions). */
    static void enrolledSince(long batchId, String day) {
        Db.update("update enrolment set enrolled_on = cast(? as date) where batch_id = ?", day, batchId);
    }
}
