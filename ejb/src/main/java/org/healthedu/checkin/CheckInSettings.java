package org.healthedu.checkin;

import java.time.Duration;
import java.time.Instant;
import org.healthedu.shared.Settings;

/**
 * How check-in behaves, from system properties or environment variables (read on every use, so a change needs no
 * redeployment where properties can be set at run time):
 * <table>
 * <caption>settings</caption>
 * <tr><td>{@code HEALTHEDU_CHECKIN_OPENS_BEFORE_MINUTES} / {@code healthedu.checkin.opens-before-minutes}</td>
 * <td>30</td><td>check-in opens this long before the start</td></tr>
 * <tr><td>{@code HEALTHEDU_CHECKIN_CLOSES_AFTER_MINUTES} / {@code healthedu.checkin.closes-after-minutes}</td>
 * <td>30</td><td>and closes this long after the start</td></tr>
 * <tr><td>{@code HEALTHEDU_CHECKIN_LATE_AFTER_MINUTES} / {@code healthedu.checkin.late-after-minutes}</td>
 * <td>10</td><td>checking in more than this long after the start is LATE</td></tr>
 * <tr><td>{@code HEALTHEDU_CHECKIN_IP_LIMIT} / {@code healthedu.checkin.ip-limit}</td><td>300</td>
 * <td>requests to the public check-in per source address in 10 minutes (a classroom shares one address)</td></tr>
 * <tr><td>{@code HEALTHEDU_CHECKIN_WRONG_CODE_LIMIT} / {@code healthedu.checkin.wrong-code-limit}</td><td>30</td>
 * <td>unknown codes per source address in 10 minutes</td></tr>
 * <tr><td>{@code HEALTHEDU_CHECKIN_FACTOR_LIMIT} / {@code healthedu.checkin.factor-limit}</td><td>5</td>
 * <td>wrong birth years / phone digits for one person in 15 minutes before that person is locked</td></tr>
 * </table>
 */
public record CheckInSettings(Duration opensBefore, Duration closesAfter, Duration lateAfter, int ipLimit,
        int wrongCodeLimit, int factorLimit) {

    public static final Duration IP_WINDOW = Duration.ofMinutes(10);
    public static final Duration FACTOR_WINDOW = Duration.ofMinutes(15);

    public static CheckInSettings current() {
        return new CheckInSettings(
                Duration.ofMinutes(Settings.number("healthedu.checkin.opens-before-minutes",
                        "HEALTHEDU_CHECKIN_OPENS_BEFORE_MINUTES", 30)),
                Duration.ofMinutes(Settings.number("healthedu.checkin.closes-after-minutes",
                        "HEALTHEDU_CHECKIN_CLOSES_AFTER_MINUTES", 30)),
                Duration.ofMinutes(Settings.number("healthedu.checkin.late-after-minutes",
                        "HEALTHEDU_CHECKIN_LATE_AFTER_MINUTES", 10)),
                Settings.number("healthedu.checkin.ip-limit", "HEALTHEDU_CHECKIN_IP_LIMIT", 300),
                Settings.number("healthedu.checkin.wrong-code-limit", "HEALTHEDU_CHECKIN_WRONG_CODE_LIMIT", 30),
                Settings.number("healthedu.checkin.factor-limit", "HEALTHEDU_CHECKIN_FACTOR_LIMIT", 5));
    }

    public Instant opensAt(Instant start) {
        return start.minus(opensBefore);
    }

    public Instant closesAt(Instant start) {
        return start.plus(closesAfter);
    }

    /** Present until this instant (inclusive), late after it. */
    public Instant lateAfter(Instant start) {
        return start.plus(lateAfter);
    }
}
