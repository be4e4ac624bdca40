package org.healthedu.courseware;

/** What happened in a courseware's history: a version started, a file or link changed, a workflow step, a comment. */
public enum CoursewareEventKind {
    CREATED, NEW_VERSION, ITEM_ADDED, ITEM_REMOVED, SUBMIT_FOR_REVIEW, SUBMIT, APPROVE, RETURN, WITHDRAW, COMMENT;

    public String labelKey() {
        return "coursewareEvent." + name();
    }

    public static CoursewareEventKind of(CoursewareTransition transition) {
        return valueOf(transition.name());
    }
}
