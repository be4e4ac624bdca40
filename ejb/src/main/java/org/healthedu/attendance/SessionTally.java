package org.healthedu.attendance;

/**
 * A session's tally (table {@code session_tally}): how many people its batch expected on its date in China, their
 * marks by status (walk-ins apart), walk-ins, and all marks. The database keeps it in every writer's transaction
 * (V15); reports sum tallies instead of counting enrolments and marks per session.
 */
public record SessionTally(long sessionId, int expected, int present, int late, int excused, int absent, int walkIns,
        int marked) {

    /** Enrolled people who came, on time or late (what the dashboard's attendance rate counts). */
    public int attended() {
        return present + late;
    }

    /** Expected people without a mark (never below 0: a mark may outlive a changed enrolment date). */
    public int unmarked() {
        return Math.max(0, expected - present - late - excused - absent);
    }
}
