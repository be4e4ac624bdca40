package org.healthedu.organisation;

import java.io.Serializable;

/** A unit as shown in lists, trees and the API, with its counts read in the same query. */
public record UnitView(long id, String code, String nameZh, String nameEn, UnitKind kind, Long parentId,
        String parentCode, String parentNameZh, UnitKind parentKind, int depth, boolean active, long childCount, long siteCount,
        long version) implements Serializable {

    public boolean hasChildren() {
        return childCount > 0;
    }

    /** The name to show: English when asked for and present, else Chinese. */
    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }
}
