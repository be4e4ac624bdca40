package org.healthedu.project;

import jakarta.persistence.EntityManager;
import org.healthedu.account.Caller;
import org.healthedu.shared.DomainException;

/**
 * Who sees a project: whoever covers its owning or its funding unit (an admin covers all), and whoever sits in a
 * trainer group at one of its sites, wherever their own unit is. Every feature that reads a project's data asks here.
 */
public final class ProjectAccess {

    /**
     * JPQL condition on a project aliased {@code p}: the account {@code :accountId} sits in a trainer group at one of
     * its sites. An indexed subquery (member by account), so a list stays one query.
     */
    public static final String MEMBER_OF_P = """
            exists (select m.id from TrainerGroupMember m join m.group mg join mg.projectSite mps
                    where mps.project = p and m.account.id = :accountId)""";

    private ProjectAccess() {
    }

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
}
