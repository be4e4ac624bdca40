package org.healthedu.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.session.SessionAccess;
import org.healthedu.session.SessionStatus;
import org.healthedu.session.SessionTime;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * A session's check-in code for those who take its roll: issued the first time anyone asks for it, replaced on demand
 * (a code that got around too far), always unique among sessions.
 */
@Stateless
// Observers are let in to be refused by the same rule as everyone else (a clean 403, no container error).
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class CheckInCodes {

    private static final int ATTEMPTS = 8;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionAccess access;

    @Inject
    private CheckInCodeWriter writer;

    @PersistenceContext
    private EntityManager em;

    /** The session's code and window, issuing the code if it has none yet. */
    public CheckInCodeView code(long sessionId) {
        TrainingSession session = allowed(sessionId);
        String code = session.checkinCode() != null ? session.checkinCode() : issue(sessionId, false);
        return view(SessionFacts.byId(em, sessionId).withCode(code));
    }

    /** A new code for the session; the old one stops working at once. */
    public CheckInCodeView regenerate(long sessionId) {
        allowed(sessionId);
        String code = issue(sessionId, true);
        return view(SessionFacts.byId(em, sessionId).withCode(code));
    }

    private TrainingSession allowed(long sessionId) {
        TrainingSession session = Persistence.findOrNotFound(em, TrainingSession.class, sessionId,
                "session.notFound");
        access.requireTakesRoll(currentCaller.get(), session);
        return session;
    }

    private String issue(long sessionId, boolean replace) {
        for (int i = 0; i < ATTEMPTS; i++) {
            String code = writer.assign(sessionId, CheckInCode.random(), replace);
            if (code != null) {
                return code;
            }
        }
        throw DomainException.conflict(null, "checkin.code.notIssued");
    }

    static CheckInCodeView view(SessionFacts session) {
        CheckInSettings settings = CheckInSettings.current();
        Instant start = session.startsAt();
        Instant now = Instant.now();
        boolean accepting = accepts(session.status());
        return new CheckInCodeView(session.id(), session.code(), session.lessonTitleZh(), session.lessonTitleEn(),
                session.lessonPosition(), session.batchName(), session.siteName(), SessionTime.local(start),
                SessionTime.local(session.endsAt()), SessionTime.local(settings.opensAt(start)),
                SessionTime.local(settings.closesAt(start)), SessionTime.local(settings.lateAfter(start)),
                session.status(), accepting,
                accepting && !now.isBefore(settings.opensAt(start)) && !now.isAfter(settings.closesAt(start)));
    }

    /** Only sessions that are on take check-ins (not cancelled or postponed). */
    static boolean accepts(SessionStatus status) {
        return status == SessionStatus.PLANNED || status == SessionStatus.HELD;
    }
}
