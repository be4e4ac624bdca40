package org.healthedu.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on this HTTP session: kept in the session (small and serializable, so it replicates). */
public record SignedIn(String username, Set<String> roles) implements Serializable {

    public static final String SESSION_ATTRIBUTE = "healthedu.signedIn";

    public SignedIn {
        roles = Set.copyOf(roles);
    }
}
