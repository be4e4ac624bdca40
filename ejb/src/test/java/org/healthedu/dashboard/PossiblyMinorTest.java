package org.healthedu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PossiblyMinorTest {

    @Test
    void parentsAreAdultsAndOthersAreMinorsUntilTheirBirthYearSaysOtherwise() {
        assertThat(DashboardService.possiblyMinor("PARENT", null, 2026)).isFalse();
        assertThat(DashboardService.possiblyMinor("STUDENT", 2012, 2026)).isTrue();
        assertThat(DashboardService.possiblyMinor("STUDENT", 2008, 2026)).as("17 or 18 this year").isTrue();
        assertThat(DashboardService.possiblyMinor("STUDENT", 2007, 2026)).as("19 or 18: 18 at least").isFalse();
        assertThat(DashboardService.possiblyMinor("PEER_EDUCATOR", null, 2026)).as("unknown").isTrue();
    }
}
