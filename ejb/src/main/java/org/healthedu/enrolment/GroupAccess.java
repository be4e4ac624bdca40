package org.healthedu.enrolment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.healthedu.training.GroupKind;
import org.healthedu.training.SiteGroups;
import org.healthedu.training.TrainerGroups;

/**
 * What trainer-group membership lets someone see of batches, through the training feature's membership questions
 * ({@link TrainerGroups}): lecturer and management group members of a project site read its batches' rosters (they
 * call the roll); any group member there, guidance included, sees the batches and their counts. Internal: the
 * calling service has resolved its caller.
 */
@Stateless
@PermitAll
public class GroupAccess {

    @Inject
    private TrainerGroups groups;

    @PersistenceContext
    private EntityManager em;

    public boolean isRosterReader(long accountId, long projectSiteId) {
        SiteGroups at = groups.groupsAt(accountId, projectSiteId);
        return at.isMember(GroupKind.LECTURER) || at.isMember(GroupKind.MANAGEMENT);
    }

    public boolean isAnyMember(long accountId, long projectSiteId) {
        return groups.groupsAt(accountId, projectSiteId).any();
    }

    /** The project sites of {@code projectId} where the account sits in any group. */
    public List<Long> projectSitesOf(long accountId, long projectId) {
        return em.createQuery("select distinct g.projectSite.id from TrainerGroupMember m join m.group g"
                + " where m.account.id = :accountId and g.projectSite.project.id = :projectId", Long.class)
                .setParameter("accountId", accountId)
                .setParameter("projectId", projectId)
                .getResultList();
    }
}
