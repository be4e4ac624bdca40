package org.healthedu.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.healthedu.audit.AuditEntry;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditLog;
import org.healthedu.shared.AppSecrets;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.RateLimiter;

/**
 * The optional TOTP second factor of ADMIN and COORDINATOR accounts. The key is stored sealed with AES-GCM under a
 * cluster-shared key ({@link AppSecrets}); a code is good once (its time step is remembered); wrong codes at sign-in
 * count per account in the shared {@link RateLimiter}, so that six digits cannot be guessed.
 */
@Stateless
public class SecondFactorService {

    /** Wrong codes allowed per account in {@link #FAILURE_WINDOW} before the account's code step is blocked. */
    public static final int FAILURE_LIMIT = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    static final String KEY_NAME = "totp-secret-key";
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AppSecrets appSecrets;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private AuditLog auditLog;

    @PersistenceContext
    private EntityManager em;

    Clock clock = Clock.systemUTC();

    /** A fresh 160-bit key for the caller to scan; saved only by {@link #enable}. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public SecondFactorEnrolment propose() {
        Caller caller = currentCaller.get();
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return new SecondFactorEnrolment(Totp.base32(key), Totp.otpauthUri(caller.username(), key));
    }

    /** Switches the second factor on, once a current code from the authenticator proves the key was taken. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public void enable(String secret, String code, String from) {
        Caller caller = currentCaller.get();
        Account account = em.find(Account.class, caller.accountId());
        if (account.hasSecondFactor()) {
            throw DomainException.conflict("code", "accounts.secondFactor.alreadyOn");
        }
        byte[] key = Totp.fromBase32(secret);
        if (key == null || key.length < SECRET_BYTES) {
            throw DomainException.invalid("secret", "accounts.secondFactor.badSecret");
        }
        OptionalLong step = Totp.matchingStep(key, code, clock.instant());
        if (step.isEmpty()) {
            throw DomainException.invalid("code", "accounts.secondFactor.wrongCode");
        }
        account.enableSecondFactor(SecretBox.seal(sealKey(), key, account.id()), clock.instant());
        account.useSecondFactorStep(step.getAsLong());
        auditLog.record(event(AuditKind.SECOND_FACTOR_ENABLED, account, from));
    }

    /** Switches it off: the password and a current code, so a session left open is not enough. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
    public void disable(String password, String code, String from) {
        Caller caller = currentCaller.get();
        Account account = em.find(Account.class, caller.accountId());
        if (!account.hasSecondFactor()) {
            return;
        }
        if (password == null || !PasswordHashes.matches(password.toCharArray(), account.passwordHash())) {
            auditLog.record(event(AuditKind.SECOND_FACTOR_FAILED, account, from).detail("reason", "password"));
            throw DomainException.invalid("password", "accounts.secondFactor.wrongPassword");
        }
        acceptCode(account, code, from);
        account.disableSecondFactor();
        auditLog.record(event(AuditKind.SECOND_FACTOR_DISABLED, account, from));
    }

    /** Whether the caller's own account has the second factor on. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
    public boolean isOnForMe() {
        return em.find(Account.class, currentCaller.get().accountId()).hasSecondFactor();
    }

    /** Whether signing in as {@code username} (active) takes a code after the password. */
    @PermitAll
    public boolean requiredFor(String username) {
        List<Long> found = em.createQuery("""
                select count(a) from Account a
                where a.username = :name and a.active = true and a.totpSecret is not null""", Long.class)
                .setParameter("name", username).getResultList();
        return !found.isEmpty() && found.get(0) > 0;
    }

    /**
     * The second step of a sign-in whose password was already verified by the web layer: accepts the code once, or
     * throws (wrong, replayed, or too many wrong codes: a translated {@code RateLimited}).
     */
    @PermitAll
    public void verifySignIn(String username, String code, String from) {
        List<Account> found = em.createQuery("select a from Account a where a.username = :name and a.active = true",
                Account.class).setParameter("name", username).getResultList();
        if (found.isEmpty() || !found.get(0).hasSecondFactor()) {
            throw DomainException.invalid("code", "accounts.secondFactor.wrongCode");
        }
        acceptCode(found.get(0), code, from);
    }

    private void acceptCode(Account account, String code, String from) {
        String limitKey = "totp:account:" + account.id();
        rateLimiter.check(limitKey).orThrow("code", "accounts.secondFactor.throttled");
        byte[] key = SecretBox.open(sealKey(), account.totpSecret(), account.id());
        OptionalLong step = Totp.matchingStep(key, code, clock.instant());
        boolean fresh = step.isPresent() && account.useSecondFactorStep(step.getAsLong());
        if (!fresh) {
            auditLog.record(event(AuditKind.SECOND_FACTOR_FAILED, account, from)
                    .detail("reason", step.isPresent() ? "replayed" : "wrong"));
            rateLimiter.attempt(limitKey, FAILURE_LIMIT, FAILURE_WINDOW)
                    .orThrow("code", "accounts.secondFactor.throttled");
            throw DomainException.invalid("code", step.isPresent() ? "accounts.secondFactor.replayed"
                    : "accounts.secondFactor.wrongCode");
        }
        rateLimiter.reset(limitKey);
    }

    private byte[] sealKey() {
        return appSecrets.secret(KEY_NAME);
    }

    private static AuditEntry event(AuditKind kind, Account account, String from) {
        return AuditEntry.of(kind).actor(account.id(), account.username()).from(from)
                .unit(account.unit().path()).target("account", account.id());
    }
}
