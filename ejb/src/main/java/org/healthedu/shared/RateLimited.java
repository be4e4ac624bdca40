package org.healthedu.shared;

/**
 * Too many attempts: refused until {@link #retryAfterSeconds()} have passed (the API answers 429 with Retry-After,
 * pages show the message). The message key says what was limited; its first argument is the wait in minutes.
 */
public class RateLimited extends DomainException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimited(String field, String messageKey, long retryAfterSeconds) {
        super(Kind.CONFLICT, messageKey, field, String.valueOf(minutes(retryAfterSeconds)));
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The wait as people read it: whole minutes, at least one. */
    static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }
}
