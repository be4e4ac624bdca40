package org.healthedu.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.healthedu.audit.AuditEntry;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditLog;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.RateLimited;

/**
 * The owner changes their own password: the current one proves it is them (a wrong one counts toward the sign-in
 * limits like a failed sign-in, so this is no side door for guessing), the new one must meet {@link PasswordPolicy}.
 * The change ends every other session of the account ({@code credentials_changed_at}) and lifts a forced change.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME, Role.HOST_NAME})
public class PasswordService {

    @Inject
    private CurrentCaller currentCaller;

    @EJB
    private LoginGuard guard;

    @EJB
    private AuditLog audit;

    @PersistenceContext
    private EntityManager em;

    /**
     * Changes the caller's password, asked from {@code address}. Returns the moment of the change: a session that
     * should stay signed in takes it as its sign-in time.
     */
    public Instant changeOwnPassword(String currentPassword, String newPassword, String address) {
        Caller caller = currentCaller.get();
        Account account = em.find(Account.class, caller.accountId());
        LoginGuard.Standing standing = guard.standing(caller.username(), address);
        if (standing.throttled()) {
            guard.throttled(standing, "password-change");
            throw new RateLimited("currentPassword", "auth.login.throttled", standing.retryAfterSeconds());
        }
        if (currentPassword == null || currentPassword.isEmpty()
                || !PasswordHashes.matches(currentPassword.toCharArray(), account.passwordHash())) {
            long blocked = guard.failed(standing, "password-change");
            refused(caller, address, "wrongCurrent");
            if (blocked > 0) {
                throw new RateLimited("currentPassword", "auth.login.throttled", blocked);
            }
            throw new DomainException(DomainException.Kind.INVALID, "auth.password.wrongCurrent", "currentPassword");
        }
        try {
            PasswordPolicy.check(newPassword, account.username(), account.displayName(), "newPassword");
            if (PasswordHashes.matches(newPassword.toCharArray(), account.passwordHash())) {
                throw new DomainException(DomainException.Kind.INVALID, "auth.password.sameAsCurrent", "newPassword");
            }
        } catch (DomainException e) {
            refused(caller, address, e.messageKey());
            throw e;
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        account.changePassword(PasswordHashes.hash(newPassword.toCharArray()), at);
        audit.record(AuditEntry.of(AuditKind.PASSWORD_CHANGED).actor(caller.accountId(), caller.username())
                .from(address).unit(caller.unitPath()).target("account", caller.accountId()));
        return at;
    }

    private void refused(Caller caller, String address, String reason) {
        audit.record(AuditEntry.of(AuditKind.PASSWORD_CHANGE_FAILED).actor(caller.accountId(), caller.username())
                .from(address).unit(caller.unitPath()).target("account", caller.accountId())
                .detail("reason", reason));
    }
}
