package org.healthedu.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.Test;

class HeadcountsTest {

    private static final String[] SEX = Activity.SEX_FIELDS;

    @Test
    void aBreakdownSummingToTheTotalIsKeptWithEmptyPartsAsZero() {
        assertThat(Headcounts.breakdown("sexBreakdown", 350, SEX, 340, 10, null)).containsExactly(340, 10, 0);
    }

    @Test
    void aBreakdownNotSummingNamesTheBreakdownAndBothNumbers() {
        assertThatThrownBy(() -> Headcounts.breakdown("sexBreakdown", 350, SEX, 300, 40, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("activity.sexBreakdown.sum");
                    assertThat(e.field()).isEqualTo("sexBreakdown");
                    assertThat(e.args()).containsExactly(340L, 350);
                });
    }

    @Test
    void countsAreBounded() {
        assertThatThrownBy(() -> Headcounts.count("headcount", -1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("headcount"));
        assertThatThrownBy(() -> Headcounts.count("headcount", Headcounts.MAX + 1))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Headcounts.breakdown("ageBreakdown", 5, Activity.AGE_FIELDS, -1, 6, null, null,
                null)).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("ageUnder14"));
        assertThat(Headcounts.count("headcount", 0)).isZero();
    }
}
