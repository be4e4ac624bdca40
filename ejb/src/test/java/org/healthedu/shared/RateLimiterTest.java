package org.healthedu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Back-off: each further block of a key lasts twice as long, never more than a day; waits read in whole minutes. */
class RateLimiterTest {

    @Test
    void eachFurtherBlockLastsTwiceAsLongUpToADay() {
        assertThat(RateLimiter.blockSeconds(600, 0)).isEqualTo(600);
        assertThat(RateLimiter.blockSeconds(600, 1)).isEqualTo(1200);
        assertThat(RateLimiter.blockSeconds(600, 3)).isEqualTo(4800);
        assertThat(RateLimiter.blockSeconds(600, 40)).isEqualTo(86_400);
        assertThat(RateLimiter.blockSeconds(900, -1)).isEqualTo(900);
    }

    @Test
    void theWaitIsShownInWholeMinutesRoundedUp() {
        assertThat(new RateLimited("code", "checkin.locked", 1).args()).containsExactly("1");
        assertThat(new RateLimited("code", "checkin.locked", 61).args()).containsExactly("2");
        assertThat(new RateLimited("code", "checkin.locked", 900).args()).containsExactly("15");
        assertThat(new RateLimited("code", "checkin.locked", 0).retryAfterSeconds()).isEqualTo(1);
    }
}
