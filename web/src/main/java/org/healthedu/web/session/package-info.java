/**
 * Pages for training sessions: the calendar (filtered by project, site, batch and trainer; reschedule by dialog or by
 * dragging), one session's page with what the viewer may do with it, a batch's plan generated from a recurrence, and
 * the sessions of today and this week on the home page. The rules are {@code org.healthedu.session}'s.
 */
package org.healthedu.web.session;
