package org.healthedu.it;

/**
 * Session tallies (V15, {@code session_tally}) against a recount straight from attendance and enrolment, for every
 * session in the database: the rows that differ either way (a missing tally counts too).
 */
final class TallyCheck {

    private static final String RECOUNT = """
            select s.id, (select count(*) from enrolment e where e.batch_id = s.batch_id
                             and e.enrolled_on <= cast(s.starts_at at time zone 'Asia/Shanghai' as date)
                             and (e.ended_on is null
                                  or e.ended_on > cast(s.starts_at at time zone 'Asia/Shanghai' as date))),
                   count(a.id) filter (where not a.walk_in and a.status = 'PRESENT'),
                   count(a.id) filter (where not a.walk_in and a.status = 'LATE'),
                   count(a.id) filter (where not a.walk_in and a.status = 'EXCUSED'),
                   count(a.id) filter (where not a.walk_in and a.status = 'ABSENT'),
                   count(a.id) filter (where a.walk_in), count(a.id)
              from training_session s left join attendance a on a.session_id = s.id
             group by s.id
            """;

    private static final String TALLIES = """
            select session_id, expected, present, late, excused, absent, walk_ins, marked from session_tally
            """;

    private TallyCheck() {
    }

    /** Sessions whose tally differs from a recount, or that have none (0: all right). */
    static long mismatches() {
        return Db.count("select count(distinct d.id) from ((" + RECOUNT + " except " + TALLIES + ") union all ("
                + TALLIES + " except " + RECOUNT + ")) d");
    }
}
