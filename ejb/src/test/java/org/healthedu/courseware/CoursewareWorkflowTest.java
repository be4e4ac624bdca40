package org.healthedu.courseware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.courseware.CoursewareStatus.APPROVED;
import static org.healthedu.courseware.CoursewareStatus.DRAFT;
import static org.healthedu.courseware.CoursewareStatus.LECTURER_REVIEW;
import static org.healthedu.courseware.CoursewareStatus.RETURNED;
import static org.healthedu.courseware.CoursewareStatus.SUBMITTED;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.util.Map;
import java.util.Set;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The approval workflow as a state machine: every step from every status, legal or refused naming the status. */
class CoursewareWorkflowTest {

    /** The whole workflow of the source, written out once: step → the statuses it starts from, and where it leads. */
    private static final Map<CoursewareTransition, Set<CoursewareStatus>> FROM = Map.of(
            CoursewareTransition.SUBMIT_FOR_REVIEW, Set.of(DRAFT),
            CoursewareTransition.SUBMIT, Set.of(LECTURER_REVIEW),
            CoursewareTransition.APPROVE, Set.of(SUBMITTED),
            CoursewareTransition.RETURN, Set.of(SUBMITTED),
            CoursewareTransition.WITHDRAW, Set.of(LECTURER_REVIEW, SUBMITTED));
    private static final Map<CoursewareTransition, CoursewareStatus> TO = Map.of(
            CoursewareTransition.SUBMIT_FOR_REVIEW, LECTURER_REVIEW,
            CoursewareTransition.SUBMIT, SUBMITTED,
            CoursewareTransition.APPROVE, APPROVED,
            CoursewareTransition.RETURN, RETURNED,
            CoursewareTransition.WITHDRAW, DRAFT);

    @ParameterizedTest(name = "{1} from {0} → {2}")
    @CsvSource({"DRAFT, SUBMIT_FOR_REVIEW, LECTURER_REVIEW", "LECTURER_REVIEW, SUBMIT, SUBMITTED",
            "SUBMITTED, APPROVE, APPROVED", "SUBMITTED, RETURN, RETURNED", "LECTURER_REVIEW, WITHDRAW, DRAFT",
            "SUBMITTED, WITHDRAW, DRAFT"})
    void legalSteps(CoursewareStatus from, CoursewareTransition step, CoursewareStatus to) {
        assertThat(step.isAllowedFrom(from)).isTrue();
        assertThat(step.applyTo(from)).isEqualTo(to);
        assertThat(from.canBecome(to)).isTrue();
    }

    @ParameterizedTest(name = "{1} from {0} is refused")
    @CsvSource({"DRAFT, SUBMIT", "DRAFT, APPROVE", "DRAFT, RETURN", "DRAFT, WITHDRAW",
            "LECTURER_REVIEW, SUBMIT_FOR_REVIEW", "LECTURER_REVIEW, APPROVE", "LECTURER_REVIEW, RETURN",
            "SUBMITTED, SUBMIT_FOR_REVIEW", "SUBMITTED, SUBMIT",
            "APPROVED, SUBMIT_FOR_REVIEW", "APPROVED, SUBMIT", "APPROVED, APPROVE", "APPROVED, RETURN",
            "APPROVED, WITHDRAW",
            "RETURNED, SUBMIT_FOR_REVIEW", "RETURNED, SUBMIT", "RETURNED, APPROVE", "RETURNED, RETURN",
            "RETURNED, WITHDRAW"})
    void illegalStepsAreRefusedNamingTheCurrentStatusAndTheStep(CoursewareStatus from, CoursewareTransition step) {
        assertThat(step.isAllowedFrom(from)).isFalse();
        assertInvalid(() -> step.applyTo(from), "status", "courseware.transition.illegal",
                "coursewareStatus." + from.name(), "coursewareTransition." + step.name());
    }

    @Test
    void everyStepFromEveryStatusIsWrittenDownAbove() {
        int legal = 0;
        for (CoursewareTransition step : CoursewareTransition.values()) {
            for (CoursewareStatus from : CoursewareStatus.values()) {
                boolean expected = FROM.get(step).contains(from);
                assertThat(step.isAllowedFrom(from)).as(step + " from " + from).isEqualTo(expected);
                legal += expected ? 1 : 0;
            }
            assertThat(step.target()).isEqualTo(TO.get(step));
        }
        assertThat(legal).as("the six legal steps tested one by one above").isEqualTo(6);
        assertThat(CoursewareTransition.values()).hasSize(5);
        assertThat(CoursewareStatus.values()).hasSize(5);
    }

    @Test
    void whichStatusMayBecomeWhich() {
        for (CoursewareStatus from : CoursewareStatus.values()) {
            for (CoursewareStatus to : CoursewareStatus.values()) {
                boolean expected = FROM.entrySet().stream()
                        .anyMatch(e -> e.getValue().contains(from) && TO.get(e.getKey()) == to);
                assertThat(from.canBecome(to)).as(from + " → " + to).isEqualTo(expected);
            }
        }
        assertThat(APPROVED.canBecome(DRAFT)).as("an approved version is locked").isFalse();
        assertThat(RETURNED.canBecome(DRAFT)).as("a returned one is revised in a new version").isFalse();
    }

    @Test
    void onlyAReturnNeedsAComment() {
        for (CoursewareTransition step : CoursewareTransition.values()) {
            assertThat(step.isCommentRequired()).as(step.name()).isEqualTo(step == CoursewareTransition.RETURN);
        }
    }

    @ParameterizedTest
    @EnumSource(CoursewareStatus.class)
    void filesAndLinksChangeOnlyInADraft(CoursewareStatus status) {
        assertThat(status.isEditable()).isEqualTo(status == DRAFT);
        if (status == DRAFT) {
            status.requireEditable();
        } else {
            assertBroken(status::requireEditable, DomainException.Kind.CONFLICT, "status",
                    "courseware.version.locked", "coursewareStatus." + status.name());
        }
    }

    @ParameterizedTest
    @EnumSource(CoursewareStatus.class)
    void aNextVersionStartsOnlyAfterTheManagementGroupDecided(CoursewareStatus status) {
        boolean decided = status == APPROVED || status == RETURNED;
        assertThat(status.canStartNextVersion()).isEqualTo(decided);
        assertThat(status.isFinal()).isEqualTo(decided);
        if (decided) {
            status.requireCanStartNextVersion();
        } else {
            assertInvalid(status::requireCanStartNextVersion, "status", "courseware.newVersion.illegal",
                    "coursewareStatus." + status.name());
        }
    }

    @Test
    void labelKeys() {
        assertThat(LECTURER_REVIEW.labelKey()).isEqualTo("coursewareStatus.LECTURER_REVIEW");
        assertThat(CoursewareTransition.SUBMIT_FOR_REVIEW.labelKey())
                .isEqualTo("coursewareTransition.SUBMIT_FOR_REVIEW");
        assertThat(CoursewareEventKind.RETURN.labelKey()).isEqualTo("coursewareEvent.RETURN");
        for (CoursewareTransition step : CoursewareTransition.values()) {
            assertThat(CoursewareEventKind.of(step).name()).isEqualTo(step.name());
            assertThat(CoursewareAction.of(step).transition()).isEqualTo(step);
        }
    }
}
