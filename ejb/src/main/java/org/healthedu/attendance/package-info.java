/**
 * Attendance (考勤): one mark per person and session (present, late, excused, absent), made by a trainer's roll call,
 * an uploaded sheet or the participant's own check-in; who is expected on a session's date, walk-ins, and the history
 * of changes to marks. Leans on {@code session} (the session and who may take its roll), {@code enrolment} (who was in
 * the batch when; participant rules for walk-ins) and {@code shared.tabular} (uploaded sheets).
 */
package org.healthedu.attendance;
