package org.healthedu.courseware;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.healthedu.shared.DomainException;

/**
 * The steps of the approval workflow, each from the statuses it may start in to the status it leads to. Who may take
 * a step is decided by {@link CoursewareRules}; this enum only knows the order of things.
 */
public enum CoursewareTransition {
    /** A lecturer puts the draft before the whole lecturer group. */
    SUBMIT_FOR_REVIEW(EnumSet.of(CoursewareStatus.DRAFT), CoursewareStatus.LECTURER_REVIEW, false),
    /** The lecturer-group leader sends the discussed version to the management group. */
    SUBMIT(EnumSet.of(CoursewareStatus.LECTURER_REVIEW), CoursewareStatus.SUBMITTED, false),
    /** The management group confirms it: final and locked, the current courseware of the lesson. */
    APPROVE(EnumSet.of(CoursewareStatus.SUBMITTED), CoursewareStatus.APPROVED, false),
    /** The management group sends it back; it must say why. */
    RETURN(EnumSet.of(CoursewareStatus.SUBMITTED), CoursewareStatus.RETURNED, true),
    /** Its author or the lecturer-group leader takes it back into draft before the management group has decided. */
    WITHDRAW(EnumSet.of(CoursewareStatus.LECTURER_REVIEW, CoursewareStatus.SUBMITTED), CoursewareStatus.DRAFT, false);

    private final Set<CoursewareStatus> from;
    private final CoursewareStatus target;
    private final boolean commentRequired;

    CoursewareTransition(Set<CoursewareStatus> from, CoursewareStatus target, boolean commentRequired) {
        this.from = from;
        this.target = target;
        this.commentRequired = commentRequired;
    }

    public String labelKey() {
        return "coursewareTransition." + name();
    }

    public CoursewareStatus target() {
        return target;
    }

    public boolean isCommentRequired() {
        return commentRequired;
    }

    public boolean isAllowedFrom(CoursewareStatus status) {
        return from.contains(status);
    }

    /**
     * The status after this step from {@code current}, or the broken rule {@code courseware.transition.illegal}
     * naming the current status and the step.
     */
    public CoursewareStatus applyTo(CoursewareStatus current) {
        Objects.requireNonNull(current, "current status");
        if (!isAllowedFrom(current)) {
            throw DomainException.invalid("status", "courseware.transition.illegal", current.labelKey(), labelKey());
        }
        return target;
    }
}
