package org.healthedu.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The birth year alone leaves a year's doubt: every rule takes the reading that protects the child. */
class AgeTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    @Test
    void someoneWhoCouldStillBeThirteenNeedsConsent() {
        // Born 2012: 13 until their birthday in 2026, 14 after it. We cannot tell, so consent is needed all year.
        assertThat(Age.needsConsent(2012, NEW_YEAR)).isTrue();
        assertThat(Age.needsConsent(2012, NEW_YEARS_EVE)).isTrue();
        // Born 2011: at least 14 all through 2026.
        assertThat(Age.needsConsent(2011, NEW_YEAR)).isFalse();
        assertThat(Age.needsConsent(2011, NEW_YEARS_EVE)).isFalse();
        assertThat(Age.needsConsent(2020, NEW_YEAR)).isTrue();
    }

    @Test
    void someoneWhoCouldStillBeSeventeenIsAMinor() {
        assertThat(Age.possiblyMinor(2008, NEW_YEARS_EVE)).as("17 or 18 in 2026").isTrue();
        assertThat(Age.possiblyMinor(2007, NEW_YEAR)).as("at least 18 all through 2026").isFalse();
        assertThat(Age.possiblyMinor(1980, NEW_YEAR)).isFalse();
    }

    @Test
    void anUnknownBirthYearIsAnAdultsParentsLeaveItOut() {
        assertThat(Age.needsConsent(null, NEW_YEAR)).isFalse();
        assertThat(Age.possiblyMinor(null, NEW_YEAR)).isFalse();
    }

    @Test
    void theYoungestTheyCanBe() {
        assertThat(Age.youngestOn(2012, NEW_YEARS_EVE)).isEqualTo(13);
        assertThat(Age.earliestBirthYear(NEW_YEAR)).isEqualTo(1926);
        assertThat(Age.latestBirthYear(NEW_YEAR)).isEqualTo(2023);
    }
}
