package org.healthedu.activity;

import java.io.Serializable;
import java.time.LocalDate;

/** What a list of activities is narrowed to; every part is optional. The unit means its whole subtree. */
public record ActivityFilter(ActivityType type, LocalDate from, LocalDate to, Long unitId, Long projectId)
        implements Serializable {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null);
    }
}
