package org.healthedu.session;

/**
 * Where a session stands: PLANNED until it is held (attendance recorded) or called off. CANCELLED and POSTPONED carry a
 * reason; a postponed session may be planned again at a new time.
 */
public enum SessionStatus {
    PLANNED, HELD, CANCELLED, POSTPONED;

    /** Whether it still takes up its people, room and time (a called-off session books nothing). */
    public boolean books() {
        return this == PLANNED || this == HELD;
    }
}
