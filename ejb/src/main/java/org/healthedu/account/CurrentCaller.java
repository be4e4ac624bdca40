package org.healthedu.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.healthedu.shared.DomainException;

/** Resolves the container's caller into a {@link Caller}: one indexed query, the account and its unit's path. */
@Stateless
@PermitAll
public class CurrentCaller {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    public Caller get() {
        String name = context.getCallerPrincipal().getName();
        List<Caller> found = em.createQuery("""
                select new org.healthedu.account.Caller(a.id, a.username, a.displayName, a.role, u.id, u.path,
                       u.nameZh, u.nameEn, a.locale)
                from Account a join a.unit u
                where a.username = :name and a.active = true""", Caller.class)
                .setParameter("name", name)
                .getResultList();
        if (found.isEmpty()) {
            throw DomainException.forbidden();
        }
        return found.get(0);
    }
}
