package org.healthedu.courseware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.healthedu.courseware.CoursewareAction.APPROVE;
import static org.healthedu.courseware.CoursewareAction.COMMENT;
import static org.healthedu.courseware.CoursewareAction.EDIT_ITEMS;
import static org.healthedu.courseware.CoursewareAction.NEW_VERSION;
import static org.healthedu.courseware.CoursewareAction.RETURN;
import static org.healthedu.courseware.CoursewareAction.SUBMIT;
import static org.healthedu.courseware.CoursewareAction.SUBMIT_FOR_REVIEW;
import static org.healthedu.courseware.CoursewareAction.WITHDRAW;
import static org.healthedu.courseware.CoursewareStatus.APPROVED;
import static org.healthedu.courseware.CoursewareStatus.DRAFT;
import static org.healthedu.courseware.CoursewareStatus.LECTURER_REVIEW;
import static org.healthedu.courseware.CoursewareStatus.RETURNED;
import static org.healthedu.courseware.CoursewareStatus.SUBMITTED;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertForbidden;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.util.EnumSet;
import java.util.Set;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Who may take which step: from the trainer groups at the site, never from the account's role alone. */
class CoursewareRulesTest {

    static final Standing LECTURER = new Standing(true, false, false, false, false, false);
    static final Standing LEADER = new Standing(false, true, false, false, false, false);
    static final Standing MANAGER = new Standing(false, false, true, false, false, false);
    static final Standing GUIDANCE = new Standing(false, false, false, true, false, false);
    /** A coordinator managing the project, in none of the site's groups. */
    static final Standing COORDINATOR = new Standing(false, false, false, false, true, true);
    /** Sees the project (e.g. a funder's observer) but sits in no group and manages nothing. */
    static final Standing ONLOOKER = new Standing(false, false, false, false, false, true);
    static final Standing COORDINATOR_IN_MANAGEMENT = new Standing(false, false, true, false, true, true);

    @Test
    void aLeaderIsALecturerToo() {
        assertThat(LEADER.lecturer()).isTrue();
        assertThat(Standing.NONE.canSee()).isFalse();
        assertThat(ONLOOKER.canSee()).isTrue();
        assertThat(ONLOOKER.canComment()).isFalse();
        for (Standing s : new Standing[] {LECTURER, LEADER, MANAGER, GUIDANCE, COORDINATOR}) {
            assertThat(s.canSee()).isTrue();
            assertThat(s.canComment()).isTrue();
        }
    }

    @Test
    void whoMayAttemptWhat() {
        assertAttempts(LECTURER, false, EDIT_ITEMS, SUBMIT_FOR_REVIEW, NEW_VERSION, COMMENT);
        assertAttempts(LECTURER, true, EDIT_ITEMS, SUBMIT_FOR_REVIEW, NEW_VERSION, COMMENT, WITHDRAW);
        assertAttempts(LEADER, false, EDIT_ITEMS, SUBMIT_FOR_REVIEW, NEW_VERSION, COMMENT, SUBMIT, WITHDRAW);
        assertAttempts(MANAGER, false, APPROVE, RETURN, COMMENT);
        assertAttempts(MANAGER, true, APPROVE, RETURN, COMMENT);
        assertAttempts(GUIDANCE, false, COMMENT);
        assertAttempts(COORDINATOR, false, COMMENT);
        assertAttempts(ONLOOKER, false);
        assertAttempts(Standing.NONE, false);
        assertAttempts(COORDINATOR_IN_MANAGEMENT, false, APPROVE, RETURN, COMMENT);
        assertThat(CoursewareRules.mayCreate(LECTURER)).isTrue();
        assertThat(CoursewareRules.mayCreate(LEADER)).isTrue();
        assertThat(CoursewareRules.mayCreate(MANAGER)).isFalse();
        assertThat(CoursewareRules.mayCreate(COORDINATOR)).isFalse();
        assertThat(CoursewareRules.mayCreate(GUIDANCE)).isFalse();
    }

    private static void assertAttempts(Standing standing, boolean author, CoursewareAction... expected) {
        Set<CoursewareAction> allowed = EnumSet.noneOf(CoursewareAction.class);
        for (CoursewareAction action : CoursewareAction.values()) {
            if (CoursewareRules.mayAttempt(action, standing, author)) {
                allowed.add(action);
            }
        }
        assertThat(allowed).as(standing + " author=" + author).containsExactlyInAnyOrder(expected);
    }

    @Test
    void whatThePageOffersInEachStatus() {
        assertThat(CoursewareRules.allowed(LECTURER, DRAFT, true, true, true))
                .containsExactlyInAnyOrder(EDIT_ITEMS, SUBMIT_FOR_REVIEW, COMMENT);
        assertThat(CoursewareRules.allowed(LECTURER, LECTURER_REVIEW, false, true, true)).containsExactly(COMMENT);
        assertThat(CoursewareRules.allowed(LECTURER, LECTURER_REVIEW, true, true, true))
                .containsExactlyInAnyOrder(WITHDRAW, COMMENT);
        assertThat(CoursewareRules.allowed(LEADER, LECTURER_REVIEW, false, true, true))
                .containsExactlyInAnyOrder(SUBMIT, WITHDRAW, COMMENT);
        assertThat(CoursewareRules.allowed(LEADER, SUBMITTED, false, true, true))
                .containsExactlyInAnyOrder(WITHDRAW, COMMENT);
        assertThat(CoursewareRules.allowed(MANAGER, SUBMITTED, false, true, true))
                .containsExactlyInAnyOrder(APPROVE, RETURN, COMMENT);
        assertThat(CoursewareRules.allowed(MANAGER, LECTURER_REVIEW, false, true, true)).containsExactly(COMMENT);
        assertThat(CoursewareRules.allowed(LECTURER, APPROVED, false, true, true))
                .containsExactlyInAnyOrder(NEW_VERSION, COMMENT);
        assertThat(CoursewareRules.allowed(LECTURER, RETURNED, false, true, true))
                .containsExactlyInAnyOrder(NEW_VERSION, COMMENT);
        assertThat(CoursewareRules.allowed(LECTURER, RETURNED, false, false, true))
                .as("an older version is only commented on").containsExactly(COMMENT);
        assertThat(CoursewareRules.allowed(GUIDANCE, SUBMITTED, false, true, true)).containsExactly(COMMENT);
        assertThat(CoursewareRules.allowed(COORDINATOR, SUBMITTED, false, true, true)).containsExactly(COMMENT);
        assertThat(CoursewareRules.allowed(ONLOOKER, SUBMITTED, false, true, true)).isEmpty();
        for (CoursewareStatus status : CoursewareStatus.values()) {
            Standing everything = new Standing(true, true, true, true, true, true);
            assertThat(CoursewareRules.allowed(everything, status, true, true, false))
                    .as("a closed project is read-only").isEmpty();
        }
    }

    @Test
    void everyActionInEveryStatusForEveryStandingAgreesWithRequire() {
        Standing[] standings = {LECTURER, LEADER, MANAGER, GUIDANCE, COORDINATOR, ONLOOKER, Standing.NONE,
            COORDINATOR_IN_MANAGEMENT};
        for (Standing standing : standings) {
            for (boolean author : new boolean[] {false, true}) {
                for (boolean latest : new boolean[] {false, true}) {
                    for (CoursewareStatus status : CoursewareStatus.values()) {
                        Set<CoursewareAction> allowed = CoursewareRules.allowed(standing, status, author, latest,
                                true);
                        for (CoursewareAction action : CoursewareAction.values()) {
                            String what = action + " on " + status + " by " + standing + " author=" + author
                                    + " latest=" + latest;
                            if (allowed.contains(action)) {
                                assertThatNoException().as(what).isThrownBy(() -> CoursewareRules.require(action,
                                        standing, status, author, latest));
                            } else {
                                org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoursewareRules.require(
                                        action, standing, status, author, latest)).as(what)
                                        .isInstanceOf(DomainException.class);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theWrongPersonIsForbiddenWhateverTheStatus() {
        for (CoursewareStatus status : CoursewareStatus.values()) {
            assertForbidden(() -> CoursewareRules.require(APPROVE, LECTURER, status, true, true));
            assertForbidden(() -> CoursewareRules.require(APPROVE, LEADER, status, true, true));
            assertForbidden(() -> CoursewareRules.require(APPROVE, GUIDANCE, status, false, true));
            assertForbidden(() -> CoursewareRules.require(APPROVE, COORDINATOR, status, false, true));
            assertForbidden(() -> CoursewareRules.require(RETURN, COORDINATOR, status, false, true));
            assertForbidden(() -> CoursewareRules.require(SUBMIT, LECTURER, status, true, true));
            assertForbidden(() -> CoursewareRules.require(EDIT_ITEMS, MANAGER, status, false, true));
            assertForbidden(() -> CoursewareRules.require(WITHDRAW, LECTURER, status, false, true));
            assertForbidden(() -> CoursewareRules.require(COMMENT, ONLOOKER, status, false, true));
            assertForbidden(() -> CoursewareRules.require(COMMENT, Standing.NONE, status, false, true));
        }
    }

    @Test
    void theRightPersonAtTheWrongTimeIsToldTheCurrentStatus() {
        assertInvalid(() -> CoursewareRules.require(APPROVE, MANAGER, DRAFT, false, true), "status",
                "courseware.transition.illegal", "coursewareStatus.DRAFT", "coursewareTransition.APPROVE");
        assertInvalid(() -> CoursewareRules.require(SUBMIT, LEADER, DRAFT, false, true), "status",
                "courseware.transition.illegal", "coursewareStatus.DRAFT", "coursewareTransition.SUBMIT");
        assertInvalid(() -> CoursewareRules.require(NEW_VERSION, LECTURER, SUBMITTED, false, true), "status",
                "courseware.newVersion.illegal", "coursewareStatus.SUBMITTED");
        assertBroken(() -> CoursewareRules.require(EDIT_ITEMS, LECTURER, APPROVED, false, true),
                DomainException.Kind.CONFLICT, "status", "courseware.version.locked", "coursewareStatus.APPROVED");
        assertBroken(() -> CoursewareRules.require(NEW_VERSION, LECTURER, RETURNED, false, false),
                DomainException.Kind.CONFLICT, "version", "courseware.version.notLatest");
        assertThatNoException().isThrownBy(() -> CoursewareRules.require(COMMENT, GUIDANCE, APPROVED, false, false));
    }
}
