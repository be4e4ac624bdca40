package org.healthedu.training;

import java.io.Serializable;
import java.util.List;

/** A trainer group of a project site with its members (leader first), as pages and the API show it. */
public record TrainerGroupView(long id, long projectId, long projectSiteId, long siteId, String siteNameZh,
        String siteNameEn, GroupKind kind, Long leaderAccountId, String leaderDisplayName,
        List<GroupMemberView> members, long version) implements Serializable {

    public TrainerGroupView {
        members = List.copyOf(members);
    }

    public String siteDisplayName(boolean english) {
        return english && siteNameEn != null ? siteNameEn : siteNameZh;
    }
}
