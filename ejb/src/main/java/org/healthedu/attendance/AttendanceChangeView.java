package org.healthedu.attendance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.healthedu.session.SessionTime;

/** A change in a session's attendance history: whose mark, old → new (status and note), how, by whom, when. */
public record AttendanceChangeView(long id, long participantId, String displayName, AttendanceStatus oldStatus,
        AttendanceStatus newStatus, String oldNote, String newNote, AttendanceSource source, String changedByName,
        LocalDateTime changedAt) implements Serializable {

    public AttendanceChangeView(Long id, Long participantId, String displayName, AttendanceStatus oldStatus,
            AttendanceStatus newStatus, String oldNote, String newNote, AttendanceSource source,
            String changedByName, Instant changedAt) {
        this(id, participantId, displayName, oldStatus, newStatus, oldNote, newNote, source, changedByName,
                SessionTime.local(changedAt));
    }
}
