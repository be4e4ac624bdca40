/**
 * Feedback in the browser. Forms: the forms list (templates to copy), the form builder with its live preview and
 * version history, a project's lesson assignments. Collecting: the public feedback form (no login, phone-first), the
 * device cookie that keeps one response per phone, the size limit on public feedback requests, and the session page's
 * panel with the feedback link and QR code (REST: {@code api.FeedbackResource}, public, and
 * {@code api.SessionFeedbackLinkResource}). Results: a session's results (counts, rate, bars, means and medians, free
 * texts, exports, adjustments), the summary on the session page, and a project's results with comparisons; charts are
 * plain CSS bars with their numbers beside them (readable without JavaScript and by screen readers). Leans on
 * {@code org.healthedu.feedback}.
 */
package org.healthedu.web.feedback;
