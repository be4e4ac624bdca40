package org.healthedu.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Counts attempts per key (a source address, a person, an account) in PostgreSQL, so that every server of a cluster
 * counts together: one upsert per attempt ({@code insert … on conflict do update … returning}), the row locked only for
 * that statement. Over the limit in a window, the key is blocked for the window; each further block of the same key
 * lasts twice as long as the one before (up to a day), and that back-off is forgotten after a day without attempts.
 * <p>
 * Each call commits on its own (REQUIRES_NEW): the caller usually refuses what it was asked right after, rolling its
 * own transaction back, and the count must survive that. Nothing is thrown from here for the same reason: the caller
 * turns a refused {@link Verdict} into {@link RateLimited} with its own message.
 * Internal: callers decide the keys; nothing personal belongs in a key beyond an id or an address.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimiter {

    /** The longest a key is ever blocked, however often it was blocked before. */
    public static final Duration LONGEST_BLOCK = Duration.ofDays(1);
    private static final int SWEEP_ONE_IN = 200;

    private static final String COUNT = """
            insert into rate_limit as r (key, window_start, count, strikes, updated_at)
            values (?, now(), 1, 0, now())
            on conflict (key) do update set
              count = case when r.blocked_until > now() then r.count
                           when r.window_start <= now() - ? * interval '1 second' then 1
                           else r.count + 1 end,
              window_start = case when r.blocked_until > now() then r.window_start
                                  when r.window_start <= now() - ? * interval '1 second' then now()
                                  else r.window_start end,
              strikes = case when r.updated_at <= now() - interval '1 day' then 0 else r.strikes end,
              updated_at = now()
            returning count, strikes,
                      coalesce(ceil(extract(epoch from blocked_until - now())), 0)::bigint""";

    private static final String BLOCK = """
            update rate_limit set blocked_until = now() + ? * interval '1 second', strikes = strikes + 1,
                   count = 0, window_start = now()
            where key = ?""";

    private static final String BLOCKED_FOR = """
            select coalesce(ceil(extract(epoch from blocked_until - now())), 0)::bigint from rate_limit
            where key = ?""";

    @Resource(lookup = "java:jboss/datasources/HealthEduDS")
    private DataSource dataSource;

    /** The answer to one attempt: allowed (with how many are left in the window), or refused for some seconds. */
    public record Verdict(boolean allowed, int remaining, long retryAfterSeconds) {

        static Verdict allow(int remaining) {
            return new Verdict(true, remaining, 0);
        }

        static Verdict refuse(long seconds) {
            return new Verdict(false, 0, Math.max(1, seconds));
        }

        /** Refuses with {@code messageKey} (about {@code field}) when this attempt was not allowed. */
        public void orThrow(String field, String messageKey) {
            if (!allowed) {
                throw new RateLimited(field, messageKey, retryAfterSeconds);
            }
        }
    }

    /**
     * Counts one attempt on {@code key}. Refused while the key is blocked (not counted then), and when this attempt
     * is the {@code limit + 1}-th in the current {@code window} (the key is blocked from now on).
     */
    public Verdict attempt(String key, int limit, Duration window) {
        long windowSeconds = Math.max(1, window.toSeconds());
        try (Connection c = dataSource.getConnection()) {
            int count;
            int strikes;
            long blockedFor;
            try (PreparedStatement s = c.prepareStatement(COUNT)) {
                s.setString(1, key);
                s.setLong(2, windowSeconds);
                s.setLong(3, windowSeconds);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    count = rs.getInt(1);
                    strikes = rs.getInt(2);
                    blockedFor = rs.getLong(3);
                }
            }
            if (ThreadLocalRandom.current().nextInt(SWEEP_ONE_IN) == 0) {
                sweep(c);
            }
            if (blockedFor > 0) {
                return Verdict.refuse(blockedFor);
            }
            if (count > limit) {
                long seconds = blockSeconds(windowSeconds, strikes);
                try (PreparedStatement s = c.prepareStatement(BLOCK)) {
                    s.setLong(1, seconds);
                    s.setString(2, key);
                    s.executeUpdate();
                }
                return Verdict.refuse(seconds);
            }
            return Verdict.allow(limit - count);
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit not counted", e);
        }
    }

    /** Whether {@code key} is blocked now, without counting an attempt. */
    public Verdict check(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(BLOCKED_FOR)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                long blockedFor = rs.next() ? rs.getLong(1) : 0;
                return blockedFor > 0 ? Verdict.refuse(blockedFor) : Verdict.allow(Integer.MAX_VALUE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit not read", e);
        }
    }

    /** Forgets the attempts on {@code key} (after a success), unless it is blocked: a block runs its course. */
    public void reset(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "delete from rate_limit where key = ? and (blocked_until is null or blocked_until <= now())")) {
            s.setString(1, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit not reset", e);
        }
    }

    /** The window for a first block, doubled for each block before it, never longer than {@link #LONGEST_BLOCK}. */
    static long blockSeconds(long windowSeconds, int strikes) {
        long seconds = windowSeconds << Math.min(Math.max(strikes, 0), 16);
        return Math.min(seconds, LONGEST_BLOCK.toSeconds());
    }

    /** Rows nobody has touched for two days and that block nothing any more. */
    private static void sweep(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from rate_limit where updated_at < now() - interval"
                + " '2 days' and (blocked_until is null or blocked_until < now())")) {
            s.executeUpdate();
        }
    }
}
