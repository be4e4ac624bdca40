package org.healthedu.attendance;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Records a participant's own check-in through the roll-call rules ({@link MarkWriter}): internal, for the check-in
 * feature, which has checked the code, the window and the person's second factor (the caller is anonymous, so there
 * is no account to check here). Takes the session's lock like a roll call, so the two take turns.
 */
@Stateless
@PermitAll
public class AttendanceRecorder {

    @PersistenceContext
    private EntityManager em;

    /**
     * Marks {@code participantId} {@code status} (PRESENT or LATE, by the clock) for the session, with source
     * SELF_CHECKIN and no account, and marks the session held. Someone marked present or late already keeps that mark
     * ({@code alreadyAttended}); a mark of excused or absent made before is replaced (kept in the history). Refused
     * for someone not expected (not enrolled in the batch on the session's date) and not listed as a walk-in
     * ({@code rollcall.notExpected}, field participantId), and for a cancelled session.
     */
    public CheckInResult recordCheckIn(long sessionId, long participantId, AttendanceStatus status) {
        TrainingSession session = Persistence.lockOrNotFound(em, TrainingSession.class, sessionId,
                "session.notFound");
        if (status == null) {
            throw DomainException.invalid("status", "error.required");
        }
        List<Object[]> current = em.createQuery("""
                select a.id, a.status, a.note, a.version from Attendance a
                where a.session.id = :sessionId and a.participant.id = :participantId""", Object[].class)
                .setParameter("sessionId", sessionId)
                .setParameter("participantId", participantId)
                .getResultList();
        if (!current.isEmpty() && ((AttendanceStatus) current.get(0)[1]).attended()) {
            return new CheckInResult((Long) current.get(0)[0], (AttendanceStatus) current.get(0)[1], true);
        }
        MarkEntry entry = current.isEmpty() ? new MarkEntry(participantId, status, null, null)
                : new MarkEntry(participantId, status, (String) current.get(0)[2], (Long) current.get(0)[3]);
        try {
            new MarkWriter(em).apply(session, List.of(entry), AttendanceSource.SELF_CHECKIN, null);
        } catch (DomainException e) {
            String field = e.field() == null ? null : "participantId";
            throw new DomainException(e.kind(), e.messageKey(), field, e.args());
        }
        Long id = em.createQuery("""
                select a.id from Attendance a where a.session.id = :sessionId and a.participant.id = :participantId""",
                Long.class)
                .setParameter("sessionId", sessionId)
                .setParameter("participantId", participantId)
                .getSingleResult();
        return new CheckInResult(id, status, false);
    }
}
