package org.healthedu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import org.junit.jupiter.api.Test;

class BreakdownTest {

    @Test
    void childrenMayFillTheirParentExactly() {
        assertThatCode(() -> Breakdown.requireWithinParent(5000, 4500, 500)).doesNotThrowAnyException();
        assertThatCode(() -> Breakdown.requireWithinParent(0, 0, 0)).doesNotThrowAnyException();
    }

    @Test
    void childrenMayFallShort() {
        assertThatCode(() -> Breakdown.requireWithinParent(5000, 3500, 1000)).doesNotThrowAnyException();
    }

    @Test
    void childrenMayNotExceedTheirParentAndTheMessageSaysByHowMuch() {
        assertInvalid(() -> Breakdown.requireWithinParent(5000, 4500, 501), "value", "allocation.exceedsParent",
                5000L, 5001L);
        assertInvalid(() -> Breakdown.requireWithinParent(0, 0, 1), "value", "allocation.exceedsParent", 0L, 1L);
    }

    @Test
    void aChangedValueReplacesItsOldOneInTheSum() {
        // siblings 1500 + 1000 without the changed one (old 2000): 2500 fits, 2501 does not
        assertThatCode(() -> Breakdown.requireWithinParent(5000, 2500, 2500)).doesNotThrowAnyException();
        assertInvalid(() -> Breakdown.requireWithinParent(5000, 2500, 2501), "value", "allocation.exceedsParent",
                5000L, 5001L);
    }

    @Test
    void anAllocationMayNotBeLoweredBelowWhatItsChildrenHold() {
        assertThatCode(() -> Breakdown.requireNotBelowChildren(2000, 2000)).doesNotThrowAnyException();
        assertInvalid(() -> Breakdown.requireNotBelowChildren(1999, 2000), "value", "allocation.belowChildren",
                2000L);
    }

    @Test
    void valuesAreRequiredAndNeverNegative() {
        assertThat(Breakdown.checkedValue("value", 0L)).isZero();
        assertThat(Breakdown.checkedValue("plannedValue", 60L)).isEqualTo(60);
        assertInvalid(() -> Breakdown.checkedValue("value", null), "value", "error.required");
        assertInvalid(() -> Breakdown.checkedValue("plannedValue", -1L), "plannedValue", "target.value.negative");
    }

    @Test
    void shortfallIsWhatIsLeftToAllocateAndExcessWhatWasAllocatedTooMuch() {
        assertThat(Breakdown.shortfall(5000, 4500)).isEqualTo(500);
        assertThat(Breakdown.excess(5000, 4500)).isZero();
        assertThat(Breakdown.shortfall(4000, 4500)).isZero();
        assertThat(Breakdown.excess(4000, 4500)).isEqualTo(500);
        assertThat(Breakdown.shortfall(60, 60)).isZero();
        assertThat(Breakdown.excess(60, 60)).isZero();
    }

    @Test
    void percentIsOfThePlannedValueWithOneDecimal() {
        assertThat(Breakdown.percent(0, 5000)).isZero();
        assertThat(Breakdown.percent(1, 3)).isEqualTo(33.3);
        assertThat(Breakdown.percent(2, 3)).isEqualTo(66.7);
        assertThat(Breakdown.percent(70, 60)).isEqualTo(116.7);
        assertThat(Breakdown.percent(5, 0)).as("nothing planned").isZero();
    }

    @Test
    void aTargetViewFlagsAnAllocationAboveTheLoweredTarget() {
        TargetView short500 = TargetView.of(1, 2, 3, "LECTURE_AUDIENCE", "讲座受众", null, "人次", null, 5000, 4500, 0, 0);
        assertThat(short500.shortfall()).isEqualTo(500);
        assertThat(short500.excess()).isZero();
        assertThat(short500.allocatedExceedsTarget()).isFalse();
        TargetView lowered = TargetView.of(1, 2, 3, "LECTURE_AUDIENCE", "讲座受众", null, "人次", null, 4000, 4500, 0, 1);
        assertThat(lowered.shortfall()).isZero();
        assertThat(lowered.excess()).isEqualTo(500);
        assertThat(lowered.allocatedExceedsTarget()).isTrue();
    }

    @Test
    void anAllocationNodeWarnsOfAShortfallOnlyOnceItIsBrokenDown() {
        AllocationNode leaf = AllocationNode.of(1, null, 9, 20L, null, "JS-WX-BT", "北塘区", null, 1000, 0, 0, 0, 0, 0);
        assertThat(leaf.shortfall()).isZero();
        assertThat(leaf.kind()).isEqualTo(AllocationNode.Kind.UNIT);
        AllocationNode broken = AllocationNode.of(2, null, 9, 21L, null, "JS-WX-YX", "宜兴市", null, 2000, 1800, 2, 0,
                0, 0);
        assertThat(broken.shortfall()).isEqualTo(200);
        AllocationNode site = AllocationNode.of(3, 2L, 9, null, 7L, null, "宝东社区居民活动中心", null, 60, 0, 0, 30, 1, 0);
        assertThat(site.kind()).isEqualTo(AllocationNode.Kind.SITE);
        assertThat(site.percent()).isEqualTo(50.0);
    }
}
