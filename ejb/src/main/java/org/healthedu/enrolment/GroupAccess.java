package org.healthedu.enrolment;

import jakarta.ejb.Stateless;
import java.util.List;

/**
 * What trainer-group membership lets someone see of batches: lecturer and management group members of a project
 * site read its batches' rosters (they call the roll); any group member there, guidance included, sees the batches
 * and their counts.
 */
@Stateless
public class GroupAccess {

    public boolean isRosterReader(long accountId, long projectSiteId) {
        return false;
    }

    public boolean isAnyMember(long accountId, long projectSiteId) {
        return false;
    }

    /** The project sites of {@code projectId} where the account sits in any group. */
    public List<Long> projectSitesOf(long accountId, long projectId) {
        return List.of();
    }
}
