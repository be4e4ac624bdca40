package org.healthedu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.healthedu.enrolment.Age;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void cutoffsCountBackTheConfiguredMonths() {
        RetentionPolicy policy = new RetentionPolicy(36, 12, 500);
        assertThat(policy.adultCutoff(TODAY)).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(policy.minorCutoff(TODAY)).isEqualTo(LocalDate.of(2025, 11, 30));
    }

    @Test
    void minorsAreThoseWhoCouldBeUnder18AsAgeSays() {
        int bornAfter = RetentionPolicy.minorsBornAfter(TODAY);
        for (int year = 1990; year <= 2023; year++) {
            assertThat(year > bornAfter).as("born %d", year).isEqualTo(Age.possiblyMinor(year, TODAY));
        }
    }

    @Test
    void defaultsKeepMinorsShorterThanAdults() {
        RetentionPolicy policy = RetentionPolicy.configured();
        assertThat(policy.minorMonths()).isLessThan(policy.adultMonths());
        assertThat(policy.batchSize()).isPositive();
    }
}
