package org.healthedu.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    @Test
    void theDefaultIsAllLessonsButOneLateCountingExcusedNot() {
        RuleView rule = CompletionRule.defaults(7);
        assertThat(rule.required(5)).isEqualTo(4);
        assertThat(rule.required(1)).as("never zero").isEqualTo(1);
        assertThat(rule.lateCounts()).isTrue();
        assertThat(rule.excusedCounts()).isFalse();
    }

    @Test
    void aMinimumIsNeverMoreThanTheCurriculumHas() {
        RuleView four = new RuleView(7, 4, true, false, 1);
        assertThat(four.required(5)).isEqualTo(4);
        assertThat(four.required(3)).isEqualTo(3);
    }

    @Test
    void theMinimumMustBeSensible() {
        CompletionRule rule = new CompletionRule(7, 1);
        assertInvalid(() -> rule.change(0, true, false, 1), "minLessons", "completion.rule.minLessons", 200);
        assertInvalid(() -> rule.change(201, true, false, 1), "minLessons", "completion.rule.minLessons", 200);
        rule.change(3, false, true, 1);
        assertThat(rule.view().minLessons()).isEqualTo(3);
        assertThat(rule.view().lateCounts()).isFalse();
        assertThat(rule.view().excusedCounts()).isTrue();
    }
}
