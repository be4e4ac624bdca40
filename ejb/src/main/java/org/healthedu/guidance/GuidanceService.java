package org.healthedu.guidance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.healthedu.account.Account;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.session.SessionAccess;
import org.healthedu.session.SessionStatus;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Guidance notes on a session: written by its observers (the session's own, or the site's guidance group) once the
 * session has taken place (HELD, or PLANNED with its start passed; never a cancelled or postponed one); read by
 * whoever sees the session (the site's lecturer and management groups, the project's managers, observers).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class GuidanceService {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionAccess access;

    @PersistenceContext
    private EntityManager em;

    public GuidanceNoteView add(long sessionId, GuidanceNoteDraft draft) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(sessionId);
        access.requireObserves(caller, session);
        if (draft == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        boolean tookPlace = session.status() == SessionStatus.HELD
                || (session.status() == SessionStatus.PLANNED && !session.startsAt().isAfter(Instant.now()));
        if (!tookPlace) {
            throw DomainException.conflict(null, "guidance.notHeld");
        }
        GuidanceNote note = new GuidanceNote(session, em.getReference(Account.class, caller.accountId()),
                draft.observed(), draft.suggestions());
        em.persist(note);
        em.flush();
        return em.createQuery(VIEW + " where n.id = :id", GuidanceNoteView.class)
                .setParameter("id", note.id()).getSingleResult();
    }

    public List<GuidanceNoteView> list(long sessionId) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(sessionId);
        access.requireSees(caller, session);
        return em.createQuery(VIEW + " where n.session.id = :session order by n.createdAt desc, n.id desc",
                GuidanceNoteView.class).setParameter("session", sessionId).getResultList();
    }

    /** Whether the caller may write notes on this session (the web layer shows the form with it). */
    public boolean canWrite(long sessionId) {
        return access.observes(currentCaller.get(), find(sessionId));
    }

    private static final String VIEW = """
            select new org.healthedu.guidance.GuidanceNoteView(n.id, n.session.id, a.id, a.displayName, n.createdAt,
                   n.observed, n.suggestions)
            from GuidanceNote n join n.author a""";

    private TrainingSession find(long id) {
        return Persistence.findOrNotFound(em, TrainingSession.class, id, "session.notFound");
    }
}
