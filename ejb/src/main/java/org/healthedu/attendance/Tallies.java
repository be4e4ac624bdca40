package org.healthedu.attendance;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and recounts session tallies ({@link SessionTally}): internal, for dashboards and reports that have already
 * decided which sessions the caller may see. Writers need not call it: triggers on attendance, enrolment and
 * training_session keep the tallies in the writer's transaction (V15). {@link #recount} is for repairs and data
 * loaded with triggers off; it recounts a whole set of sessions in one statement.
 */
@Stateless
@PermitAll
public class Tallies {

    private static final String COLUMNS = "session_id, expected, present, late, excused, absent, walk_ins, marked";

    @PersistenceContext
    private EntityManager em;

    /** The tallies of the given sessions, by session id, in one query (after flushing this transaction's writes). */
    public Map<Long, SessionTally> of(Collection<Long> sessionIds) {
        Map<Long, SessionTally> tallies = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return tallies;
        }
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                + " from session_tally where session_id = any(cast(:ids as bigint[]))")
                .setParameter("ids", array(sessionIds)).getResultList();
        for (Object[] row : rows) {
            SessionTally tally = new SessionTally(num(row[0]), (int) num(row[1]), (int) num(row[2]),
                    (int) num(row[3]), (int) num(row[4]), (int) num(row[5]), (int) num(row[6]), (int) num(row[7]));
            tallies.put(tally.sessionId(), tally);
        }
        return tallies;
    }

    /** Recounts the given sessions from their marks and their batches' enrolments. */
    public void recount(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("select session_tally_recount(cast(:ids as bigint[]))")
                .setParameter("ids", array(sessionIds)).getSingleResult();
    }

    /** Recounts every session of a batch. */
    public void recountBatch(long batchId) {
        em.flush();
        em.createNativeQuery("select session_tally_recount(array(select id from training_session"
                + " where batch_id = :batch))").setParameter("batch", batchId).getSingleResult();
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
