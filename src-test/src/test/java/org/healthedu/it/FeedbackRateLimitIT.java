package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public feedback door's per-address limit (check-in's limits are covered by {@code CheckInApiIT}): the
 * requests come from 127.0.0.7 so that no other test's address is held back.
 */
class FeedbackRateLimitIT extends AppIT {

    private static final String SOURCE = "127.0.0.7";

    @BeforeEach
    @AfterEach
    void forget() {
        Db.update("delete from rate_limit where key = ?", "feedback:ip:" + SOURCE);
    }

    @Test
    void tooManyFeedbackRequestsFromOneAddressAreRefusedWithRetryAfter() {
        String path = "api/v1/feedback/no-such-link/responses";
        AuthFixture.Raw first = AuthFixture.sendFrom(base(), SOURCE, "POST", path, "", "{}");
        assertThat(first.status()).as(first.body()).isEqualTo(400);
        assertThat(first.body()).contains("\"code\":\"feedback.public.submissionKey.invalid\"");
        // As if the address had sent its 300 requests of the window (the default limit) ...
        Db.update("update rate_limit set count = 300 where key = ?", "feedback:ip:" + SOURCE);
        // ... the next one is refused, whatever it is.
        AuthFixture.Raw limited = AuthFixture.sendFrom(base(), SOURCE, "POST", path, "", "{}");
        assertThat(limited.status()).as(limited.body()).isEqualTo(429);
        assertThat(limited.body()).contains("\"code\":\"feedback.public.tooManyRequests\"");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(AuthFixture.sendFrom(base(), SOURCE, "POST", path, "", "{}").status()).isEqualTo(429);
    }
}
