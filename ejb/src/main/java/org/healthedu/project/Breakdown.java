package org.healthedu.project;

import org.healthedu.shared.DomainException;

/**
 * The arithmetic of a target's breakdown (目标分解), free of persistence: the shares given to the children of a node
 * (the target itself, or an allocation) may fall short of the node's value — shown as a warning — but never exceed it.
 */
public final class Breakdown {

    private Breakdown() {
    }

    /** A planned or allocated value: required, never negative; {@code field} names the input. */
    public static long checkedValue(String field, Long value) {
        if (value == null) {
            throw DomainException.invalid(field, "error.required");
        }
        if (value < 0) {
            throw DomainException.invalid(field, "target.value.negative");
        }
        return value;
    }

    /**
     * Refuses a child's new value when, added to its siblings' values (its own old value left out), it would exceed
     * the parent's value: {@code allocation.exceedsParent} with the parent's value and the sum it would have reached.
     */
    public static void requireWithinParent(long parentValue, long otherSiblingsSum, long value) {
        long newSum = Math.addExact(otherSiblingsSum, value);
        if (newSum > parentValue) {
            throw DomainException.invalid("value", "allocation.exceedsParent", parentValue, newSum);
        }
    }

    /** Refuses lowering an allocation below what its children already hold: they may never exceed it. */
    public static void requireNotBelowChildren(long value, long childrenSum) {
        if (value < childrenSum) {
            throw DomainException.invalid("value", "allocation.belowChildren", childrenSum);
        }
    }

    /** What is still to be broken down: planned minus allocated, when positive (a warning, not an error). */
    public static long shortfall(long planned, long allocated) {
        return Math.max(0, planned - allocated);
    }

    /** What the children hold beyond their parent, once the parent's value was lowered after the breakdown. */
    public static long excess(long planned, long allocated) {
        return Math.max(0, allocated - planned);
    }

    /** Achieved as a percentage of planned, one decimal; nothing planned is 0 %. */
    public static double percent(long achieved, long planned) {
        if (planned <= 0) {
            return 0;
        }
        return Math.round(achieved * 1000.0 / planned) / 10.0;
    }
}
