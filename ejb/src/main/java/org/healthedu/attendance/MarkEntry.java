package org.healthedu.attendance;

import java.io.Serializable;

/**
 * One person's mark as a roll call sends it: the status and note to record, the version of their attendance row the
 * sender read (null: they saw no mark), and for someone not enrolled in the batch on the session's date,
 * {@code walkIn} true to add them as a walk-in.
 */
public record MarkEntry(Long participantId, AttendanceStatus status, String note, Long expectedVersion,
        boolean walkIn) implements Serializable {

    public MarkEntry(Long participantId, AttendanceStatus status, String note, Long expectedVersion) {
        this(participantId, status, note, expectedVersion, false);
    }
}
