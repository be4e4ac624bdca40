package org.healthedu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectStatusTest {

    private static final Set<String> LEGAL = Set.of("DRAFT>ACTIVE", "ACTIVE>CLOSED");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"DRAFT, ACTIVE", "ACTIVE, CLOSED"})
    void legalTransitions(ProjectStatus from, ProjectStatus to) {
        assertThat(from.canBecome(to)).isTrue();
        assertThatNoException().isThrownBy(() -> from.checkTransitionTo(to));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"DRAFT, DRAFT", "DRAFT, CLOSED", "ACTIVE, DRAFT", "ACTIVE, ACTIVE", "CLOSED, DRAFT",
            "CLOSED, ACTIVE", "CLOSED, CLOSED"})
    void illegalTransitionsAreRefusedNamingBothStatuses(ProjectStatus from, ProjectStatus to) {
        assertThat(from.canBecome(to)).isFalse();
        assertInvalid(() -> from.checkTransitionTo(to), "status", "project.status.illegal",
                "projectStatus." + from.name(), "projectStatus." + to.name());
    }

    @Test
    void everyPairIsCoveredAndOnlyTwoStepsForwardAreLegal() {
        int legal = 0;
        for (ProjectStatus from : ProjectStatus.values()) {
            for (ProjectStatus to : ProjectStatus.values()) {
                boolean expected = LEGAL.contains(from + ">" + to);
                assertThat(from.canBecome(to)).as(from + " → " + to).isEqualTo(expected);
                legal += expected ? 1 : 0;
            }
        }
        assertThat(legal).isEqualTo(2);
        assertThat(ProjectStatus.values()).hasSize(3);
    }

    @Test
    void labelKeys() {
        assertThat(ProjectStatus.DRAFT.labelKey()).isEqualTo("projectStatus.DRAFT");
        assertThat(ProjectStatus.ACTIVE.labelKey()).isEqualTo("projectStatus.ACTIVE");
        assertThat(ProjectStatus.CLOSED.labelKey()).isEqualTo("projectStatus.CLOSED");
    }
}
