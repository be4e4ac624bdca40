package org.healthedu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void aRateIsAttendedOverExpectedToThreePlacesAndNoneWithoutExpectations() {
        assertThat(Figures.rate(5, 12)).isEqualTo(0.417);
        assertThat(Figures.rate(7, 14)).isEqualTo(0.5);
        assertThat(Figures.rate(0, 0)).isNull();
    }
}
