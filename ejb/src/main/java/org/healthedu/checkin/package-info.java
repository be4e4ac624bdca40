/**
 * Self check-in (签到) and its paper fallback. Each session has a short code (and a QR code of the check-in link) that
 * is accepted only in a window around its start; a participant with no account opens the public page, sees the
 * batch's expected people as masked names, picks their own and proves it lightly (birth year or the last four digits
 * of their phone), and is marked PRESENT or LATE by the clock. Attempts are counted with
 * {@link org.healthedu.shared.RateLimiter}. The printable sign-in sheet lists the same people with a signature column
 * and the check-in QR. Leans on {@code session} (the session, who takes its roll), {@code attendance} (the marks) and
 * {@code enrolment} (who is expected).
 */
package org.healthedu.checkin;
