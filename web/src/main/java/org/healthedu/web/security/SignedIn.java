package org.healthedu.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in on this HTTP session, and when: kept in the session (small and serializable, so it replicates). The
 * sign-in time ends the session after its absolute lifetime, and when the account's credentials changed after it.
 */
public record SignedIn(long accountId, String username, Set<String> roles, Instant at) implements Serializable {

    public static final String SESSION_ATTRIBUTE = "healthedu.signedIn";

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    /** The same sign-in, as of {@code when} (after the owner changed the password on this session). */
    public SignedIn renewedAt(Instant when) {
        return new SignedIn(accountId, username, roles, when);
    }
}
