package org.healthedu.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 seed is the ASCII of "12345678901234567890". */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void theRfc6238VectorsForSha1(long epochSeconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(epochSeconds));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
        // Six digits are the same number modulo 10^6: the last six of the eight.
        assertThat(Totp.code(RFC_KEY, step, 6)).isEqualTo(expected.substring(2));
    }

    @Test
    void theCodeOfTheStepBeforeAndAfterIsAcceptedButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1_234_567_890L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step, 6), now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1, 6), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1, 6), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2, 6), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2, 6), now)).isEmpty();
    }

    @Test
    void malformedCodesMatchNothing() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_KEY, null, now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "94287082", now)).as("eight digits are not six").isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "2870a2", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, " 287 082 ", now)).as("spaces are ignored").hasValue(1);
    }

    @Test
    void base32FollowsRfc4648AndRoundTrips() {
        // RFC 4648 section 10, without padding.
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
        assertThat(Totp.fromBase32("MZXW6YTBOI======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.fromBase32("not base32!")).isNull();
    }

    @Test
    void theOtpauthUriNamesTheIssuerAndAccount() {
        assertThat(Totp.otpauthUri("wuxi.coord", RFC_KEY)).startsWith(
                "otpauth://totp/HealthEdu:wuxi.coord?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=HealthEdu");
    }
}
