package org.healthedu.courseware;

import java.io.Serializable;

/**
 * Where the caller stands towards the courseware of one project site: the site's trainer groups they sit in (a leader
 * counts as a member), whether they manage the project (an admin, or a coordinator covering its owning unit) and
 * whether they see it at all (covering its owning or funding unit).
 */
public record Standing(boolean lecturer, boolean lecturerLeader, boolean manager, boolean guidance,
        boolean coordinator, boolean projectInScope) implements Serializable {

    public Standing {
        lecturer = lecturer || lecturerLeader;
    }

    /** Nobody towards this site. */
    public static final Standing NONE = new Standing(false, false, false, false, false, false);

    /** Whether any group of the site has them, or they see the project. */
    public boolean canSee() {
        return lecturer || manager || guidance || coordinator || projectInScope;
    }

    /** Lecturers, the management and guidance groups and the project's managing coordinators discuss courseware. */
    public boolean canComment() {
        return lecturer || manager || guidance || coordinator;
    }
}
