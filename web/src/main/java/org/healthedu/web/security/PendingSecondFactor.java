package org.healthedu.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * A sign-in half done: the password was right, the account has a second factor, and the code is still to come. Kept
 * in the (replicated) session until the code page finishes the sign-in; it grants nothing by itself.
 */
public record PendingSecondFactor(long accountId, String username, Set<String> roles) implements Serializable {

    public static final String SESSION_ATTRIBUTE = "healthedu.pendingSecondFactor";

    public PendingSecondFactor {
        roles = Set.copyOf(roles);
    }
}
