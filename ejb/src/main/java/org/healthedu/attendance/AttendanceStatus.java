package org.healthedu.attendance;

/** A person's mark for a session: 出勤 present, 迟到 late, 请假 excused, 缺勤 absent. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    /** Whether the person was in the room (present or late). */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }

    public String labelKey() {
        return "attendance.status." + name();
    }
}
