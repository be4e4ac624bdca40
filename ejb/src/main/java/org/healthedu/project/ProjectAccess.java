package org.healthedu.project;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.healthedu.account.Caller;
import org.healthedu.account.Role;
import org.healthedu.organisation.UnitPath;
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

    /**
     * The project, when {@code caller} may read or report its figures: whoever sees it, and a coordinator or observer
     * of a unit with project sites in its subtree (a county's coordinator on a city's project reports the county's
     * part). Which units' figures they read is checked by unit scope. 404 when there is none, 403 otherwise.
     */
    public Project reportable(Caller caller, long projectId) {
        Project project = find(projectId);
        if (!canReport(em, caller, project)) {
            throw DomainException.forbidden();
        }
        return project;
    }

    public static boolean canReport(EntityManager em, Caller caller, Project project) {
        return canSee(em, caller, project)
                || (caller.role() != Role.TRAINER && hasSitesUnder(em, project, caller.unitPath()));
    }

    /** Whether the project has sites in the subtree of the unit at {@code path}. */
    public static boolean hasSitesUnder(EntityManager em, Project project, String path) {
        return !em.createNativeQuery("""
                select 1 from project_site ps join site st on st.id = ps.site_id
                  join organisation_unit su on su.id = st.unit_id
                 where ps.project_id = ?1 and su.path like ?2""").setParameter(1, project.id())
                .setParameter(2, UnitPath.subtreePattern(path)).setMaxResults(1).getResultList().isEmpty();
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
