package org.healthedu.training;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    /** Whether the account sits in the group of {@code kind} at that project site. */
    public boolean isMember(long accountId, long projectSiteId, GroupKind kind) {
        return em.createNamedQuery(TrainerGroupMember.IS_MEMBER, Long.class)
                .setParameter("accountId", accountId)
                .setParameter("projectSiteId", projectSiteId)
                .setParameter("kind", kind)
                .getSingleResult() > 0;
    }

    /** Whether the account leads the group of {@code kind} at that project site. */
    public boolean isLeader(long accountId, long projectSiteId, GroupKind kind) {
        return em.createNamedQuery(TrainerGroupMember.IS_LEADER, Long.class)
                .setParameter("accountId", accountId)
                .setParameter("projectSiteId", projectSiteId)
                .setParameter("kind", kind)
                .getSingleResult() > 0;
    }

    /** Whether the account sits in any group of any site of the project. */
    public boolean isMemberOfProject(long accountId, long projectId) {
        return em.createNamedQuery(TrainerGroupMember.IS_MEMBER_OF_PROJECT, Long.class)
                .setParameter("accountId", accountId)
                .setParameter("projectId", projectId)
                .getSingleResult() > 0;
    }

    /** Whether the account sits in a group of {@code kind} at any site of the project (a project-wide role). */
    public boolean isMemberInProject(long accountId, long projectId, GroupKind kind) {
        return em.createNamedQuery(TrainerGroupMember.IS_MEMBER_IN_PROJECT, Long.class)
                .setParameter("accountId", accountId)
                .setParameter("projectId", projectId)
                .setParameter("kind", kind)
                .getSingleResult() > 0;
    }

    /** Whether the account leads a group of {@code kind} at any site of the project. */
    public boolean isLeaderInProject(long accountId, long projectId, GroupKind kind) {
        return em.createNamedQuery(TrainerGroupMember.IS_LEADER_IN_PROJECT, Long.class)
                .setParameter("accountId", accountId)
                .setParameter("projectId", projectId)
                .setParameter("kind", kind)
                .getSingleResult() > 0;
    }

    /** The ids of the accounts in the group of {@code kind} at that project site, e.g. to notify them. */
    public List<Long> memberIds(long projectSiteId, GroupKind kind) {
        return em.createNamedQuery(TrainerGroupMember.MEMBER_IDS, Long.class)
                .setParameter("projectSiteId", projectSiteId)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** A site joining a project gets its three groups, empty, in the same transaction. */
    public void formGroups(@Observes ProjectSiteAdded added) {
        ProjectSite projectSite = em.find(ProjectSite.class, added.projectSiteId());
        for (GroupKind kind : GroupKind.values()) {
            em.persist(new TrainerGroup(projectSite, kind));
        }
    }
}
