package org.healthedu.courseware;

/** What a person may do with one courseware version; the page shows a button only for what is allowed. */
public enum CoursewareAction {
    /** Upload files, add video links, remove them (drafts only). */
    EDIT_ITEMS(null),
    SUBMIT_FOR_REVIEW(CoursewareTransition.SUBMIT_FOR_REVIEW),
    SUBMIT(CoursewareTransition.SUBMIT),
    APPROVE(CoursewareTransition.APPROVE),
    RETURN(CoursewareTransition.RETURN),
    WITHDRAW(CoursewareTransition.WITHDRAW),
    /** Start the next version from this one, its files and links copied. */
    NEW_VERSION(null),
    COMMENT(null);

    private final CoursewareTransition transition;

    CoursewareAction(CoursewareTransition transition) {
        this.transition = transition;
    }

    /** The workflow step this action takes, or null when it changes no status. */
    public CoursewareTransition transition() {
        return transition;
    }

    public static CoursewareAction of(CoursewareTransition transition) {
        for (CoursewareAction action : values()) {
            if (action.transition == transition) {
                return action;
            }
        }
        throw new IllegalArgumentException(String.valueOf(transition));
    }
}
