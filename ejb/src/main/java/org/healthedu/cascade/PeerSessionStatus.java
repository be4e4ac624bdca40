package org.healthedu.cascade;

/** PLANNED → (APPROVED when the project asks for approval, or RETURNED with a comment) → HELD, or CANCELLED. */
public enum PeerSessionStatus {
    PLANNED, APPROVED, RETURNED, HELD, CANCELLED
}
