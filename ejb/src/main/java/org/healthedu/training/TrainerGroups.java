package org.healthedu.training;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.healthedu.project.ProjectSite;
import org.healthedu.project.ProjectSiteAdded;

/**
 * Membership questions other features ask ("may this person approve courseware here?"), each one indexed query, and
 * the forming of a new project site's three groups. Internal: no role or scope check of its own — the calling service
 * has resolved and checked its caller first.
 */
@Stateless
@PermitAll
public class TrainerGroups {

    @PersistenceContext
    private EntityManager em;

    /** The groups the account sits in at that project site, and those it leads, in one query. */
    public SiteGroups groupsAt(long accountId, long projectSiteId) {
        Set<GroupKind> memberOf = EnumSet.noneOf(GroupKind.class);
        Set<GroupKind> leads = EnumSet.noneOf(GroupKind.class);
        for (Object[] row : em.createNamedQuery(TrainerGroupMember.GROUPS_AT, Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("projectSiteId", projectSiteId)
                .getResultList()) {
            GroupKind kind = (GroupKind) row[0];
            memberOf.add(kind);
            if (Long.valueOf(accountId).equals(row[1])) {
                leads.add(kind);
            }
        }
        return new SiteGroups(memberOf, leads);
    }

    /** Whether the account sits in a group of {@code kind} at any site of the project (a project-wide role). */
    public boolean isMemberInProject(long accountId, long projectId, GroupKind kind) {
        return em.createNamedQuery(TrainerGroupMember.IS_MEMBER_IN_PROJECT, Long.class)
                .setParameter("accountId", accountId)
                .setParameter("projectId", projectId)
                .setParameter("kind", kind)
                .getSingleResult() > 0;
    }

    /** A site joining a project gets its three groups, empty, in the same transaction. */
    public void formGroups(@Observes ProjectSiteAdded added) {
        ProjectSite projectSite = em.find(ProjectSite.class, added.projectSiteId());
        for (GroupKind kind : GroupKind.values()) {
            em.persist(new TrainerGroup(projectSite, kind));
        }
    }
}
