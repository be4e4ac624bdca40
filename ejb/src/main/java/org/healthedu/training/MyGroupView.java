package org.healthedu.training;

import java.io.Serializable;

/** A group the signed-in person sits in: which project and site, which group, and whether they lead it. */
public record MyGroupView(long groupId, long projectId, String projectCode, String projectNameZh,
        String projectNameEn, String siteNameZh, GroupKind kind, boolean leader) implements Serializable {

    public String projectDisplayName(boolean english) {
        return english && projectNameEn != null ? projectNameEn : projectNameZh;
    }
}
