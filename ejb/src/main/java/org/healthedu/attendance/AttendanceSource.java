package org.healthedu.attendance;

/** How a mark was made: by a trainer's roll call, by the participant checking in, or from an uploaded sheet. */
public enum AttendanceSource {
    ROLL_CALL, SELF_CHECKIN, IMPORT
}
