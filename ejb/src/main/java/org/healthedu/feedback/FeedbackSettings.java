package org.healthedu.feedback;

import java.time.Duration;
import java.time.Instant;
import org.healthedu.shared.Settings;

/**
 * How the public feedback form behaves, from system properties or environment variables (read on every use):
 * <table>
 * <caption>settings</caption>
 * <tr><td>{@code HEALTHEDU_FEEDBACK_OPEN_DAYS} / {@code healthedu.feedback.open-days}</td><td>7</td>
 * <td>the form stays open this many days after the session's end (it opens at the start)</td></tr>
 * <tr><td>{@code HEALTHEDU_FEEDBACK_IP_LIMIT} / {@code healthedu.feedback.ip-limit}</td><td>300</td>
 * <td>public feedback requests (form reads and submissions) per source address in 10 minutes (a classroom shares
 * one address)</td></tr>
 * <tr><td>{@code HEALTHEDU_FEEDBACK_LINK_LIMIT} / {@code healthedu.feedback.link-limit}</td><td>1000</td>
 * <td>submissions per session link in 10 minutes, from all addresses together</td></tr>
 * <tr><td>{@code HEALTHEDU_FEEDBACK_MAX_REQUEST_BYTES} / {@code healthedu.feedback.max-request-bytes}</td>
 * <td>65536</td><td>largest body of a public feedback request (larger: 413)</td></tr>
 * </table>
 */
public record FeedbackSettings(int openDays, int ipLimit, int linkLimit, int maxRequestBytes) {

    public static final Duration WINDOW = Duration.ofMinutes(10);
    /** More answers than any form has questions and choices; bounds the work one request can cause. */
    public static final int MAX_ANSWERS = 300;

    public static FeedbackSettings current() {
        return new FeedbackSettings(
                Settings.number("healthedu.feedback.open-days", "HEALTHEDU_FEEDBACK_OPEN_DAYS", 7),
                Settings.number("healthedu.feedback.ip-limit", "HEALTHEDU_FEEDBACK_IP_LIMIT", 300),
                Settings.number("healthedu.feedback.link-limit", "HEALTHEDU_FEEDBACK_LINK_LIMIT", 1000),
                Settings.number("healthedu.feedback.max-request-bytes", "HEALTHEDU_FEEDBACK_MAX_REQUEST_BYTES", 65536));
    }

    /** The form opens when the session starts. */
    public Instant opensAt(Instant start) {
        return start;
    }

    /** And closes {@link #openDays} after it ends. */
    public Instant closesAt(Instant end) {
        return end.plus(Duration.ofDays(openDays));
    }
}
