package org.healthedu.project;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.healthedu.account.Caller;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Who may see and who may manage a project, for the services of the project's parts (texts, funds, …): seen by
 * whoever covers its owning or funding unit, managed by an admin or a coordinator covering its owning unit.
 */
@Dependent
public class ProjectAccess {

    @PersistenceContext
    private EntityManager em;

    /** The project, when {@code caller} may see it; 404 when there is none, 403 when it is out of scope. */
    public Project visible(Caller caller, long projectId) {
        Project project = find(projectId);
        if (!canSee(caller, project)) {
            throw DomainException.forbidden();
        }
        return project;
    }

    /** The project, when {@code caller} may manage it; closed projects are refused as read-only. */
    public Project manageableOpen(Caller caller, long projectId) {
        Project project = find(projectId);
        caller.requireCanManage(project.owner());
        project.requireOpen();
        return project;
    }

    public boolean canManage(Caller caller, Project project) {
        try {
            caller.requireCanManage(project.owner());
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    static boolean canSee(Caller caller, Project project) {
        return caller.covers(project.owner().path()) || caller.covers(project.funder().path());
    }

    private Project find(long projectId) {
        return Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
    }
}
