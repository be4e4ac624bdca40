package org.healthedu.checkin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.healthedu.shared.Persistence;

/**
 * Writes a session's check-in code in a transaction of its own, so that a code another session took meanwhile (the
 * unique index refuses it) costs one retry instead of the caller's whole transaction. The column is written alone:
 * the session's version does not move, so nobody editing the session's plan gets a needless stale-edit refusal.
 * Internal: callers checked who asks.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CheckInCodeWriter {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Sets {@code code} on the session (only if it has none, unless {@code replace}) and returns the code it has now;
     * null when {@code code} is taken by another session.
     */
    public String assign(long sessionId, String code, boolean replace) {
        try {
            em.createNativeQuery("update training_session set checkin_code = ?1 where id = ?2"
                    + (replace ? "" : " and checkin_code is null"))
                    .setParameter(1, code)
                    .setParameter(2, sessionId)
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (Persistence.isUniqueViolation(e)) {
                context.setRollbackOnly();
                return null;
            }
            throw e;
        }
        return (String) em.createNativeQuery("select checkin_code from training_session where id = ?1")
                .setParameter(1, sessionId)
                .getSingleResult();
    }
}
