package org.healthedu.project;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.healthedu.account.Caller;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Who sees and who manages a project, for every feature that reads or changes a project's data. A project is seen by
 * whoever covers its owning or its funding unit (an admin covers all), and by whoever sits in a trainer group at one of
 * its sites, wherever their own unit is; it is managed by an admin or a coordinator covering its owning unit.
 * Services may use the static checks with their own entity manager, or inject this bean.
 */
@Dependent
public class ProjectAccess {

    /**
     * JPQL condition on a project aliased {@code p}: the account {@code :accountId} sits in a trainer group at one of
     * its sites. An indexed subquery (member by account), so a list stays one query.
     */
    public static final String MEMBER_OF_P = """
            exists (select m.id from TrainerGroupMember m join m.group mg join mg.projectSite mps
                    where mps.project = p and m.account.id = :accountId)""";

    @PersistenceContext
    private EntityManager em;

    public static boolean canSee(EntityManager em, Caller caller, Project project) {
        if (caller.covers(project.owner().path()) || caller.covers(project.funder().path())) {
            return true;
        }
        return em.createQuery("""
                select count(m) from TrainerGroupMember m join m.group g join g.projectSite ps
                where ps.project.id = :projectId and m.account.id = :accountId""", Long.class)
                .setParameter("projectId", project.id())
                .setParameter("accountId", caller.accountId())
                .getSingleResult() > 0;
    }

    public static void requireCanSee(EntityManager em, Caller caller, Project project) {
        if (!canSee(em, caller, project)) {
            throw DomainException.forbidden();
        }
    }

    /** The project, when {@code caller} may see it; 404 when there is none, 403 when it is out of scope. */
    public Project visible(Caller caller, long projectId) {
        Project project = find(projectId);
        requireCanSee(em, caller, project);
        return project;
    }

    /** The project, when {@code caller} may manage it; closed projects are refused as read-only. */
    public Project manageableOpen(Caller caller, long projectId) {
        Project project = find(projectId);
        caller.requireCanManage(project.owner());
        project.requireOpen();
        return project;
    }

    private Project find(long projectId) {
        return Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
    }
}
