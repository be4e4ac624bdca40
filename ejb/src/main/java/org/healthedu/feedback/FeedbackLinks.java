package org.healthedu.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.session.SessionAccess;
import org.healthedu.session.SessionTime;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.Persistence;

/** A session's public feedback link, for whoever sees the session: made the first time anyone asks for it. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class FeedbackLinks {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionAccess access;

    @PersistenceContext
    private EntityManager em;

    public FeedbackLinkView link(long sessionId) {
        TrainingSession session = Persistence.findOrNotFound(em, TrainingSession.class, sessionId,
                "session.notFound");
        access.requireSees(currentCaller.get(), session);
        String token = LinkStore.tokenFor(em, sessionId);
        FeedbackSettings settings = FeedbackSettings.current();
        return new FeedbackLinkView(sessionId, token, SessionTime.local(settings.opensAt(session.startsAt())),
                SessionTime.local(settings.closesAt(session.endsAt())), session.status(),
                FeedbackWindow.of(session.status(), session.startsAt(), session.endsAt(), settings, Instant.now()));
    }
}
