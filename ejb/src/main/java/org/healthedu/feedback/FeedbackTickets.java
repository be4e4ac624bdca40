package org.healthedu.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One-time tickets for one response each, handed out right after a self check-in (open to anyone: the caller is the
 * public check-in, which has just checked who the person is). Only the ticket's hash is stored, with its session; the
 * participant only when the session's form is identified (parents' forms that chose it).
 */
@Stateless
@PermitAll
public class FeedbackTickets {

    @Inject
    private FormDefinitions forms;

    @PersistenceContext
    private EntityManager em;

    public FeedbackInvite issue(long sessionId, long participantId) {
        String link = LinkStore.tokenFor(em, sessionId);
        String ticket = FeedbackTokens.secret();
        boolean identified = forms.formForSession(sessionId).identified();
        em.createNativeQuery("insert into feedback_ticket (token_hash, session_id, participant_id)"
                + " values (?1, ?2, cast(nullif(?3, -1) as bigint))")
                .setParameter(1, FeedbackTokens.sha256(ticket))
                .setParameter(2, sessionId)
                .setParameter(3, identified ? participantId : -1L)
                .executeUpdate();
        return new FeedbackInvite(link, ticket);
    }
}
