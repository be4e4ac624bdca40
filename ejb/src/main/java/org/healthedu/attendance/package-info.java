/**
 * Attendance (考勤): one mark per person and session (present, late, excused, absent), made by a trainer's roll call,
 * an uploaded sheet or the participant's own check-in; who is expected on a session's date, walk-ins, and the history
 * of changes to marks. Leans on {@code session} (the session and who may take its roll), {@code enrolment} (who was in
 * the batch when; participant rules for walk-ins) and {@code shared.tabular} (uploaded sheets). Each session's tally
 * ({@link org.healthedu.attendance.SessionTally}: expected, marks by status, walk-ins) is kept by the database in every
 * writer's transaction and read or recounted through {@link org.healthedu.attendance.Tallies}: dashboards and reports
 * sum tallies rather than count marks and enrolments per session.
 */
package org.healthedu.attendance;
