package org.healthedu.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.healthedu.audit.AuditEntry;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditLog;
import org.healthedu.shared.RateLimiter;

/**
 * Holds back password guessing on both doors (the login page and HTTP Basic on the API) without letting anyone who
 * knows a username lock its owner out (OWASP ASVS 4.0.3 V2.2.1). Only failures are counted, in the cluster-wide
 * {@link RateLimiter}, under three keys:
 * <ul>
 * <li>{@code login:pair:<username>:<address>}: one account from one address, strictly. Over the limit that pair is
 * blocked, with back-off; even the right password is refused while it is (so the block is no oracle).</li>
 * <li>{@code login:source:<address>}: one address against any accounts (password spraying).</li>
 * <li>{@code login:account:<username>}: one account from all addresses (a botnet); over it the account is locked.</li>
 * </ul>
 * The last two blocks do not apply to an account at an address it has signed in from successfully within the
 * last {@link LoginSettings#knownSource()} ({@code login_source}): an attacker elsewhere cannot lock the owner out of
 * the office or phone they use; only the pair block, which the attacker can only earn for their own address, always
 * applies. An owner on a new address during an account lock waits like the attacker: that is the price of the lock.
 * <p>
 * Cost on the API, where every request brings its password: one read of a few primary keys before the password is
 * checked ({@link #standing}); no write on success, except remembering the address at most once a day per account
 * and address. Usernames are keyed in lower case, so changing the case does not start a new count.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginGuard {

    private static final String STANDING = """
            select (select ceil(extract(epoch from blocked_until - now()))::bigint from rate_limit
                     where key = ? and blocked_until > now()),
                   (select ceil(extract(epoch from blocked_until - now()))::bigint from rate_limit
                     where key = ? and blocked_until > now()),
                   (select ceil(extract(epoch from blocked_until - now()))::bigint from rate_limit
                     where key = ? and blocked_until > now()),
                   (select extract(epoch from now() - last_success_at)::bigint from login_source
                     where username = ? and address = ?),
                   a.id, a.must_change_password, u.path
              from (select 1) one
              left join account a on a.username = ? and a.active
              left join organisation_unit u on u.id = a.unit_id""";

    private static final String REMEMBER = """
            insert into login_source (username, address, last_success_at) values (?, ?, now())
            on conflict (username, address) do update set last_success_at = now()""";

    private static final String STATE = """
            select a.credentials_changed_at, a.must_change_password, a.active from account a where a.id = ?""";

    @Resource(lookup = "java:jboss/datasources/HealthEduDS")
    private DataSource dataSource;

    @EJB
    private RateLimiter limiter;

    @EJB
    private AuditLog audit;

    /** Where a sign-in attempt stands before its password is checked. */
    public record Standing(String username, String address, long pairBlockedFor, long sourceBlockedFor,
            long accountBlockedFor, boolean knownSource, Long accountId, boolean mustChangePassword, String unitPath,
            long secondsSinceSuccess) {

        /** Seconds to wait before this account may be tried from this address again; 0 when it may now. */
        public long retryAfterSeconds() {
            long wait = pairBlockedFor;
            if (!knownSource) {
                wait = Math.max(wait, Math.max(sourceBlockedFor, accountBlockedFor));
            }
            return wait;
        }

        public boolean throttled() {
            return retryAfterSeconds() > 0;
        }
    }

    /** The state a page session checks on each request (one primary-key read). */
    public record AccountState(Instant credentialsChangedAt, boolean mustChangePassword, boolean active) {
    }

    public Standing standing(String username, String address) {
        String user = key(username);
        LoginSettings settings = LoginSettings.current();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(STANDING)) {
            s.setString(1, pairKey(user, address));
            s.setString(2, sourceKey(address));
            s.setString(3, accountKey(user));
            s.setString(4, user);
            s.setString(5, address);
            s.setString(6, username);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long sinceSuccess = rs.getObject(4) == null ? -1 : rs.getLong(4);
                boolean known = sinceSuccess >= 0 && sinceSuccess <= settings.knownSource().toSeconds();
                Long accountId = rs.getObject(5) == null ? null : rs.getLong(5);
                return new Standing(user, address, rs.getLong(1), rs.getLong(2), rs.getLong(3), known, accountId,
                        rs.getBoolean(6), rs.getString(7), sinceSuccess);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sign-in standing not read", e);
        }
    }

    /** Records an attempt refused unchecked because of a block. */
    public void throttled(Standing standing, String door) {
        audit.record(AuditEntry.of(AuditKind.LOGIN_THROTTLED).actor(standing.accountId(), standing.username())
                .from(standing.address()).unit(standing.unitPath()).detail("door", door)
                .detail("retryAfterSeconds", standing.retryAfterSeconds()));
    }

    /**
     * Counts a wrong password (or a wrong current password when changing it) and records it. Returns the seconds
     * this account is now blocked for at this address, 0 if it is not (this failure did not trip a limit).
     */
    public long failed(Standing before, String door) {
        LoginSettings settings = LoginSettings.current();
        String user = before.username();
        String address = before.address();
        RateLimiter.Verdict pair = limiter.attempt(pairKey(user, address), settings.pairLimit(),
                LoginSettings.PAIR_WINDOW);
        RateLimiter.Verdict source = limiter.attempt(sourceKey(address), settings.sourceLimit(),
                LoginSettings.SOURCE_WINDOW);
        RateLimiter.Verdict account = limiter.attempt(accountKey(user), settings.accountLimit(),
                LoginSettings.ACCOUNT_WINDOW);
        audit.record(AuditEntry.of(AuditKind.LOGIN_FAILED).actor(before.accountId(), user).from(address)
                .unit(before.unitPath()).detail("door", door));
        if (!account.allowed() && before.accountBlockedFor() == 0) {
            audit.record(AuditEntry.of(AuditKind.ACCOUNT_LOCKED).actor(before.accountId(), user).from(address)
                    .unit(before.unitPath()).target("account", before.accountId())
                    .detail("lockedForSeconds", account.retryAfterSeconds()));
        }
        long wait = pair.allowed() ? 0 : pair.retryAfterSeconds();
        if (!before.knownSource()) {
            wait = Math.max(wait, Math.max(source.allowed() ? 0 : source.retryAfterSeconds(),
                    account.allowed() ? 0 : account.retryAfterSeconds()));
        }
        return wait;
    }

    /**
     * A page sign-in succeeded (with the password alone, or finished with the second factor's code): remember the
     * address, forget this pair's failures, record it.
     */
    public void signedIn(Standing standing, boolean withSecondFactor) {
        remember(standing);
        limiter.reset(pairKey(standing.username(), standing.address()));
        AuditEntry entry = AuditEntry.of(AuditKind.LOGIN_SUCCEEDED).actor(standing.accountId(), standing.username())
                .from(standing.address()).unit(standing.unitPath()).detail("door", "page");
        audit.record(withSecondFactor ? entry.detail("secondFactor", true) : entry);
    }

    /** An API request's password was right: remember the address if not done within the last day (no write else). */
    public void apiSucceeded(Standing standing) {
        if (standing.secondsSinceSuccess() < 0 || standing.secondsSinceSuccess() > 24 * 3600) {
            remember(standing);
        }
    }

    public AccountState state(long accountId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(STATE)) {
            s.setLong(1, accountId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return new AccountState(Instant.MAX, false, false);
                }
                Timestamp changed = rs.getTimestamp(1);
                return new AccountState(changed.toInstant(), rs.getBoolean(2), rs.getBoolean(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("account state not read", e);
        }
    }

    private void remember(Standing standing) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(REMEMBER)) {
            s.setString(1, standing.username());
            s.setString(2, standing.address());
            s.executeUpdate();
            if (java.util.concurrent.ThreadLocalRandom.current().nextInt(200) == 0) {
                try (PreparedStatement sweep = c.prepareStatement(
                        "delete from login_source where last_success_at < now() - interval '90 days'")) {
                    sweep.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sign-in address not remembered", e);
        }
    }

    static String key(String username) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return user.length() <= 60 ? user : user.substring(0, 60);
    }

    static String pairKey(String user, String address) {
        return "login:pair:" + user + ":" + address;
    }

    static String sourceKey(String address) {
        return "login:source:" + address;
    }

    static String accountKey(String user) {
        return "login:account:" + user;
    }
}
