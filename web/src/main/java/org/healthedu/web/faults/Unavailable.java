package org.healthedu.web.faults;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a failure that is the database's or the pool's, not the request's: walks the whole cause chain (EJB,
 * persistence, Faces and servlet wrappers, Hibernate's JDBC exceptions, the pool's ResourceException) for a
 * connection failure. Such a request can simply be tried again a few seconds later.
 */
public enum Unavailable {

    /** The database cannot be reached or is shutting down / starting (SQLState class 08, 57P01–57P03). */
    DATABASE("faults.unavailable", 10),
    /** Every pooled connection stayed in use for the pool's whole blocking timeout. */
    BUSY("faults.busy", 5);

    /** Request attribute: a fault met while signing the caller in, answered by the 401 error page as a 503. */
    public static final String REQUEST_ATTRIBUTE = "healthedu.unavailable";

    private final String messageKey;
    private final int retryAfterSeconds;

    Unavailable(String messageKey, int retryAfterSeconds) {
        this.messageKey = messageKey;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String messageKey() {
        return messageKey;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** What made the request fail, if it was the database or the pool; empty for anything else. */
    public static Optional<Unavailable> of(Throwable thrown) {
        boolean pool = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toSee = new ArrayDeque<>();
        if (thrown != null) {
            toSee.add(thrown);
        }
        // Causes and suppressed ones too: a failed commit reports what the resources said as suppressed exceptions.
        while (!toSee.isEmpty() && seen.size() < 100) {
            Throwable e = toSee.poll();
            if (!seen.add(e)) {
                continue;
            }
            if (e instanceof ConnectException) {
                return Optional.of(DATABASE);
            }
            if (e instanceof SQLException sql) {
                SQLException next = sql;
                for (int i = 0; next != null && i < 10; i++, next = next.getNextException()) {
                    if (connectionLost(next.getSQLState())) {
                        return Optional.of(DATABASE);
                    }
                }
            }
            pool |= e instanceof ResourceException;
            if (e.getCause() != null) {
                toSee.add(e.getCause());
            }
            toSee.addAll(Arrays.asList(e.getSuppressed()));
        }
        return pool ? Optional.of(BUSY) : Optional.empty();
    }

    /**
     * 08: connection exception; 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up).
     */
    static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
