package org.healthedu.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The signed-in person's own account: who they are, and the language they chose. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME, Role.HOST_NAME})
public class AccountService {

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    public Caller me() {
        return currentCaller.get();
    }

    /** Remembers the interface language for the caller's account, so it follows them to any device. */
    public void chooseLocale(UiLocale locale) {
        Caller caller = currentCaller.get();
        em.find(Account.class, caller.accountId()).changeLocale(locale == null ? UiLocale.ZH_CN : locale);
    }
}
