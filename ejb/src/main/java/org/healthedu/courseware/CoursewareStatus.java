package org.healthedu.courseware;

import java.util.Objects;
import org.healthedu.shared.DomainException;

/**
 * Where a courseware version stands in its approval: drafted by the lecturers, discussed by the whole lecturer group,
 * submitted to the management group, then approved (final and locked) or returned with a comment. Work after an
 * approval or a return goes on in a new version, copied from it.
 */
public enum CoursewareStatus {
    /** Being prepared by the lecturers; the only status in which files and links may change. */
    DRAFT,
    /** Discussed by the whole lecturer group (every member comments); its leader sends it on. */
    LECTURER_REVIEW,
    /** With the management group, waiting for its decision. */
    SUBMITTED,
    /** Confirmed by the management group: final, locked, and usable in sessions. */
    APPROVED,
    /** Sent back by the management group with a comment; the lecturers revise it in a new version. */
    RETURNED;

    public String labelKey() {
        return "coursewareStatus." + name();
    }

    /** Files and links change only while the version is a draft. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Decided by the management group: nothing about this version changes any more. */
    public boolean isFinal() {
        return this == APPROVED || this == RETURNED;
    }

    /** Throws {@code courseware.version.locked}, naming this status, unless files and links may change. */
    public void requireEditable() {
        if (!isEditable()) {
            throw DomainException.conflict("status", "courseware.version.locked", labelKey());
        }
    }

    /** A next version starts from the latest one once the management group has decided on it. */
    public boolean canStartNextVersion() {
        return isFinal();
    }

    /** Throws {@code courseware.newVersion.illegal}, naming this status, unless a next version may start from here. */
    public void requireCanStartNextVersion() {
        if (!canStartNextVersion()) {
            throw DomainException.invalid("status", "courseware.newVersion.illegal", labelKey());
        }
    }

    /** Whether some step of the workflow leads from this status to {@code next}. */
    public boolean canBecome(CoursewareStatus next) {
        Objects.requireNonNull(next, "next status");
        for (CoursewareTransition transition : CoursewareTransition.values()) {
            if (transition.isAllowedFrom(this) && transition.target() == next) {
                return true;
            }
        }
        return false;
    }
}
