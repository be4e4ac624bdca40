/**
 * Self check-in and the sign-in sheet in the web: the public check-in page (no login), the trainer's page that shows a
 * session's code and QR code for projecting, and the sheet's download for a signed-in browser. The REST side is
 * {@code api.CheckInResource} (public) and {@code api.SessionCheckInResource}.
 */
package org.healthedu.web.checkin;
