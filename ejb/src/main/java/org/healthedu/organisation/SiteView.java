package org.healthedu.organisation;

import java.io.Serializable;

/** A site as shown in lists and the API. */
public record SiteView(long id, long unitId, String unitCode, String unitNameZh, SiteKind kind, String nameZh,
        String nameEn, String address, String contactName, String contactPhone, boolean active, long version)
        implements Serializable {

    public SiteDetails details() {
        return new SiteDetails(kind, nameZh, nameEn, address, contactName, contactPhone);
    }

    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }
}
