package org.healthedu.attendance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.healthedu.session.SessionView;

/**
 * A session's roll call: the session, the day that decides who is expected (its local date), the people expected
 * (enrolled in the batch that day) with their marks, then the walk-ins; and the counts per status.
 */
public record RollCall(SessionView session, LocalDate date, List<RollCallEntry> entries, long present, long late,
        long excused, long absent, long unmarked) implements Serializable {

    public static RollCall of(SessionView session, LocalDate date, List<RollCallEntry> entries) {
        return new RollCall(session, date, List.copyOf(entries), count(entries, AttendanceStatus.PRESENT),
                count(entries, AttendanceStatus.LATE), count(entries, AttendanceStatus.EXCUSED),
                count(entries, AttendanceStatus.ABSENT), entries.stream().filter(e -> e.status() == null).count());
    }

    private static long count(List<RollCallEntry> entries, AttendanceStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }
}
