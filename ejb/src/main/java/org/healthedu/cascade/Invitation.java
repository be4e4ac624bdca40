package org.healthedu.cascade;

import java.io.Serializable;
import java.time.Instant;

/** A fresh invitation: the token is shown this once (only its hash is stored). */
public record Invitation(long hostId, String token, Instant expiresAt) implements Serializable {
}
