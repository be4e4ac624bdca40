package org.healthedu.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A project as shown in lists and the API, with its funding and owning units and its site count in one query. */
public record ProjectView(long id, String code, String nameZh, String nameEn, long funderUnitId, String funderCode,
        String funderNameZh, long ownerUnitId, String ownerCode, String ownerNameZh, LocalDate startDate,
        LocalDate endDate, ProjectStatus status, String description, BigDecimal budgetCny, long siteCount,
        long version) implements Serializable {

    /** The name to show: English when asked for and present, else Chinese. */
    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }
}
