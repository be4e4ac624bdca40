package org.healthedu.courseware;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.healthedu.shared.DomainException;

/**
 * Who may do what with courseware, from the caller's {@link Standing} at the project site (never from their role
 * alone): lecturers draft, upload and put a draft before their group; only the lecturer-group leader sends it to the
 * management group; only management-group members approve or return it (a coordinator who is not in that group does
 * not); the guidance group and the managing coordinators comment. The service checks these before the status, so a
 * refusal says "you may not" to the wrong person and names the current status to the right one.
 */
public final class CoursewareRules {

    private CoursewareRules() {
    }

    /** Whether someone standing so may ever take {@code action} (whatever the status); {@code author} of the version. */
    public static boolean mayAttempt(CoursewareAction action, Standing standing, boolean author) {
        Objects.requireNonNull(action, "action");
        return switch (action) {
            case EDIT_ITEMS, SUBMIT_FOR_REVIEW, NEW_VERSION -> standing.lecturer();
            case SUBMIT -> standing.lecturerLeader();
            case APPROVE, RETURN -> standing.manager();
            case WITHDRAW -> standing.lecturerLeader() || (author && standing.lecturer());
            case COMMENT -> standing.canComment();
        };
    }

    /** Whether a new courseware may be started for a lesson: lecturers of the site only. */
    public static boolean mayCreate(Standing standing) {
        return standing.lecturer();
    }

    /** Whether {@code action} fits a version in {@code status}; {@code latest}: no newer version exists. */
    public static boolean fitsStatus(CoursewareAction action, CoursewareStatus status, boolean latest) {
        if (action == CoursewareAction.COMMENT) {
            return true;
        }
        if (!latest) {
            return false;
        }
        return switch (action) {
            case EDIT_ITEMS -> status.isEditable();
            case NEW_VERSION -> status.canStartNextVersion();
            default -> action.transition().isAllowedFrom(status);
        };
    }

    /** Every action the page may offer for one version; nothing at all once the project is closed. */
    public static Set<CoursewareAction> allowed(Standing standing, CoursewareStatus status, boolean author,
            boolean latest, boolean projectOpen) {
        Set<CoursewareAction> allowed = EnumSet.noneOf(CoursewareAction.class);
        if (!projectOpen || !standing.canSee()) {
            return allowed;
        }
        for (CoursewareAction action : CoursewareAction.values()) {
            if (mayAttempt(action, standing, author) && fitsStatus(action, status, latest)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Throws unless {@code action} may be taken: forbidden (403) for the wrong person, then the broken rule naming the
     * current status (a step that does not fit it, files of a locked version, a next version of an undecided one),
     * then {@code courseware.version.notLatest} for an older version.
     */
    public static void require(CoursewareAction action, Standing standing, CoursewareStatus status, boolean author,
            boolean latest) {
        if (!standing.canSee() || !mayAttempt(action, standing, author)) {
            throw DomainException.forbidden();
        }
        if (action == CoursewareAction.COMMENT) {
            return;
        }
        switch (action) {
            case EDIT_ITEMS -> status.requireEditable();
            case NEW_VERSION -> status.requireCanStartNextVersion();
            default -> action.transition().applyTo(status);
        }
        if (!latest) {
            throw DomainException.conflict("version", "courseware.version.notLatest");
        }
    }
}
