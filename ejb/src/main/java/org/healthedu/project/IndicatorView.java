package org.healthedu.project;

import java.io.Serializable;

/** An indicator as listed: standard ({@code projectId} null, shipped with the product) or one project's own. */
public record IndicatorView(long id, String code, String nameZh, String nameEn, String unitZh, String unitEn,
        String descriptionZh, String descriptionEn, Long projectId, String measure, boolean countsPeerReach)
        implements Serializable {

    public boolean standard() {
        return projectId == null;
    }

    /** The name to show: English when asked for and present, else Chinese. */
    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }
}
