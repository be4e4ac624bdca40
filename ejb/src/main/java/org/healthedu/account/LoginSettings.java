package org.healthedu.account;

import java.time.Duration;
import org.healthedu.shared.Settings;

/**
 * Sign-in limits and session lifetimes, from system properties or environment variables (read on every use):
 * <table>
 * <caption>settings</caption>
 * <tr><td>{@code HEALTHEDU_LOGIN_PAIR_LIMIT} / {@code healthedu.login.pair-limit}</td><td>10</td>
 * <td>failed sign-ins to one account from one address in 15 minutes; the next is refused and the pair blocked for
 * 15 minutes, doubled for each block before it (up to a day)</td></tr>
 * <tr><td>{@code HEALTHEDU_LOGIN_SOURCE_LIMIT} / {@code healthedu.login.source-limit}</td><td>100</td>
 * <td>failed sign-ins from one address to any accounts in 15 minutes (password spraying); the block spares
 * accounts that signed in from that address before</td></tr>
 * <tr><td>{@code HEALTHEDU_LOGIN_ACCOUNT_LIMIT} / {@code healthedu.login.account-limit}</td><td>100</td>
 * <td>failed sign-ins to one account from all addresses in an hour (ASVS 2.2.1); the account is then locked for
 * an hour, doubled each time, but only for addresses it has not signed in from</td></tr>
 * <tr><td>{@code HEALTHEDU_LOGIN_KNOWN_SOURCE_DAYS} / {@code healthedu.login.known-source-days}</td><td>30</td>
 * <td>how long an address an account signed in from stays spared by those blocks</td></tr>
 * <tr><td>{@code HEALTHEDU_SESSION_ABSOLUTE_SECONDS} / {@code healthedu.session.absolute-seconds}</td><td>43200</td>
 * <td>a page session ends this long (12 hours) after sign-in, however busy (the idle timeout of 30 minutes applies too)</td></tr>
 * </table>
 */
public record LoginSettings(int pairLimit, int sourceLimit, int accountLimit, Duration knownSource,
        Duration absoluteSession) {

    public static final Duration PAIR_WINDOW = Duration.ofMinutes(15);
    public static final Duration SOURCE_WINDOW = Duration.ofMinutes(15);
    public static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);

    public static LoginSettings current() {
        return new LoginSettings(
                Math.max(1, Settings.number("healthedu.login.pair-limit", "HEALTHEDU_LOGIN_PAIR_LIMIT", 10)),
                Math.max(1, Settings.number("healthedu.login.source-limit", "HEALTHEDU_LOGIN_SOURCE_LIMIT", 100)),
                Math.max(1, Settings.number("healthedu.login.account-limit", "HEALTHEDU_LOGIN_ACCOUNT_LIMIT", 100)),
                Duration.ofDays(Settings.number("healthedu.login.known-source-days",
                        "HEALTHEDU_LOGIN_KNOWN_SOURCE_DAYS", 30)),
                Duration.ofSeconds(Math.max(1, Settings.number("healthedu.session.absolute-seconds",
                        "HEALTHEDU_SESSION_ABSOLUTE_SECONDS", 12 * 3600))));
    }
}
