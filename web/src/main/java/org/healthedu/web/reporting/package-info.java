/**
 * Pages of completion reports: the list with its "new report" dialog, one report (figures, narrative, attachments,
 * checks, workflow, history, exports), reporting completeness, and the reminders on the home page.
 */
package org.healthedu.web.reporting;
