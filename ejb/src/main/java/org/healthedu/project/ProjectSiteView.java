package org.healthedu.project;

import java.io.Serializable;
import org.healthedu.organisation.SiteKind;

/** A site taking part in a project, with the unit owning the site and the unit responsible for it in the project. */
public record ProjectSiteView(long id, long projectId, long siteId, String siteNameZh, String siteNameEn,
        SiteKind siteKind, String siteUnitNameZh, long responsibleUnitId, String responsibleUnitNameZh)
        implements Serializable {

    public String siteDisplayName(boolean english) {
        return english && siteNameEn != null ? siteNameEn : siteNameZh;
    }
}
