/**
 * The public feedback form in the web (no login, phone-first), the device cookie that keeps one response per phone,
 * the size limit on public feedback requests, and the session page's panel with the feedback link and QR code. The
 * REST side is {@code api.FeedbackResource} (public) and {@code api.SessionFeedbackLinkResource}.
 */
package org.healthedu.web.feedback;
