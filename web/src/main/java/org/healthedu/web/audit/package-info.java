/**
 * The audit trail's pages: browsing security events and changes ({@link org.healthedu.web.audit.TrailPage}) and a
 * record's history panel on its own page ({@link org.healthedu.web.audit.HistoryPanel}). Leans on
 * {@code org.healthedu.audit}.
 */
package org.healthedu.web.audit;
