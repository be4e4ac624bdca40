package org.healthedu.feedback;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Session link tokens: made the first time anyone needs one; two servers asking together keep the same one. Public for
 * the peer sessions' links, whose service checks who may see them before it asks.
 */
public final class LinkStore {

    private LinkStore() {
    }

    static String tokenFor(EntityManager em, long sessionId) {
        String existing = find(em, sessionId);
        if (existing != null) {
            return existing;
        }
        em.createNativeQuery("insert into feedback_link (session_id, token) values (?1, ?2)"
                + " on conflict (session_id) do nothing")
                .setParameter(1, sessionId)
                .setParameter(2, FeedbackTokens.link())
                .executeUpdate();
        return find(em, sessionId);
    }

    /** A peer session's link token (the caller has checked that the peer session exists and may be seen). */
    public static String tokenForPeerSession(EntityManager em, long peerSessionId) {
        String existing = findPeer(em, peerSessionId);
        if (existing != null) {
            return existing;
        }
        em.createNativeQuery("insert into feedback_link (peer_session_id, token) values (?1, ?2)"
                + " on conflict (peer_session_id) do nothing")
                .setParameter(1, peerSessionId)
                .setParameter(2, FeedbackTokens.link())
                .executeUpdate();
        return findPeer(em, peerSessionId);
    }

    private static String findPeer(EntityManager em, long peerSessionId) {
        List<?> found = em.createNativeQuery("select token from feedback_link where peer_session_id = ?1")
                .setParameter(1, peerSessionId).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    private static String find(EntityManager em, long sessionId) {
        List<?> found = em.createNativeQuery("select token from feedback_link where session_id = ?1")
                .setParameter(1, sessionId).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }
}
