/**
 * Feedback in the browser: the forms list (templates to copy), the form builder with its live preview and version
 * history, a project's lesson assignments; a session's results (counts, rate, bars, means and medians, free texts,
 * exports, adjustments), the summary on the session page, and a project's results with comparisons. Charts are plain
 * CSS bars with their numbers beside them (readable without JavaScript and by screen readers). Leans on
 * {@code org.healthedu.feedback}.
 */
package org.healthedu.web.feedback;
