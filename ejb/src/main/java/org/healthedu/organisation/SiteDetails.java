package org.healthedu.organisation;

import java.io.Serializable;

/** What a user types to describe a site. Checked by {@link Site}. */
public record SiteDetails(SiteKind kind, String nameZh, String nameEn, String address, String contactName,
        String contactPhone) implements Serializable {
}
