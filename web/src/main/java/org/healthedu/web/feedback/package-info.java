/**
 * Feedback forms in the browser: the forms list (templates to copy), the form builder with its live preview and
 * version history, and a project's lesson assignments. Leans on {@code org.healthedu.feedback}.
 */
package org.healthedu.web.feedback;
