package org.healthedu.activity;

import java.io.Serializable;
import java.time.LocalDate;

/** An activity as listed and shown: its figures, where and for whom, who logged it and its version. */
public record ActivityView(long id, ActivityType type, boolean online, LocalDate heldOn, long unitId, String unitName,
        Long siteId, String siteName, Long projectId, String projectName, String topic, String organiserName,
        AudienceKind audience, int headcount, Integer female, Integer male, Integer sexUnknown, Integer ageUnder14,
        Integer age14to17, Integer age18to24, Integer age25plus, Integer ageUnknown, String grade, String note,
        long recordedById, String recordedBy, long evidenceCount, long version) implements Serializable {
}
