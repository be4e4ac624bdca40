package org.healthedu.session;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.healthedu.account.Caller;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.training.GroupKind;
import org.healthedu.training.SiteGroups;
import org.healthedu.training.TrainerGroups;

/**
 * Who may do what with a session, in one place for every session feature (planning, roll call, check-in, guidance
 * notes, completion):
 * <ul>
 * <li><b>see</b> it: whoever sees its project (covering the owning or funding unit, observers included), any trainer
 * group member at its project site, and the people on it;</li>
 * <li><b>plan</b> sessions at a project site (create, reschedule, call off): the project's managers (admin, coordinator
 * covering the owner), the site's management group and its lecturer group's leader;</li>
 * <li><b>take the roll</b>: the project's managers, the session's own trainers, and the site's lecturer and management
 * group members;</li>
 * <li><b>observe</b> (guidance notes): the session's observers and the site's guidance group members.</li>
 * </ul>
 * Internal: callers have resolved who is asking.
 */
@Stateless
@PermitAll
public class SessionAccess {

    @Inject
    private TrainerGroups groups;

    public boolean managesProject(Caller caller, Project project) {
        return caller.canManage(project.owner().path());
    }

    public boolean sees(Caller caller, TrainingSession session) {
        Project project = session.project();
        return caller.covers(project.owner().path()) || caller.covers(project.funder().path())
                || session.isTrainer(caller.accountId()) || session.isObserver(caller.accountId())
                || groups.groupsAt(caller.accountId(), session.projectSite().id()).any();
    }

    public boolean plans(Caller caller, Project project, long projectSiteId) {
        if (managesProject(caller, project)) {
            return true;
        }
        SiteGroups at = groups.groupsAt(caller.accountId(), projectSiteId);
        return at.isMember(GroupKind.MANAGEMENT) || at.isLeader(GroupKind.LECTURER);
    }

    public boolean takesRoll(Caller caller, TrainingSession session) {
        if (managesProject(caller, session.project()) || session.isTrainer(caller.accountId())) {
            return true;
        }
        SiteGroups at = groups.groupsAt(caller.accountId(), session.projectSite().id());
        return at.isMember(GroupKind.LECTURER) || at.isMember(GroupKind.MANAGEMENT);
    }

    public boolean observes(Caller caller, TrainingSession session) {
        return session.isObserver(caller.accountId())
                || groups.groupsAt(caller.accountId(), session.projectSite().id()).isMember(GroupKind.GUIDANCE);
    }

    public void requireSees(Caller caller, TrainingSession session) {
        if (!sees(caller, session)) {
            throw DomainException.forbidden();
        }
    }

    public void requirePlans(Caller caller, Project project, long projectSiteId) {
        if (!plans(caller, project, projectSiteId)) {
            throw DomainException.forbidden();
        }
    }

    public void requireTakesRoll(Caller caller, TrainingSession session) {
        if (!takesRoll(caller, session)) {
            throw DomainException.forbidden();
        }
    }

    public void requireObserves(Caller caller, TrainingSession session) {
        if (!observes(caller, session)) {
            throw DomainException.forbidden();
        }
    }
}
