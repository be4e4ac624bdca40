package org.healthedu.session;

import java.io.Serializable;

/** A person at a session besides the lead trainer, with their display name. */
public record StaffView(long accountId, String displayName, StaffRole role) implements Serializable {
}
