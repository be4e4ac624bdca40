/**
 * Feedback (反馈): forms built from sections and questions, kept in versions (a version with responses never
 * changes); which form a project's lessons use; the anonymous public form after a session, with one response per
 * person; results per session and up the hierarchy; and trainers' adjustments (调整记录) in response. Leans on
 * {@code session} (the session, its lesson and who may see it), {@code project} and {@code organisation} (scope).
 */
package org.healthedu.feedback;
