package org.healthedu.activity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An activity as a user enters it. The unit may be left out when a site is given (it is then the site's unit). The
 * sex breakdown (female, male, sexUnknown) and the age breakdown (ageUnder14 … ageUnknown) are each optional; a
 * breakdown given at all must be complete and sum to the headcount.
 */
public record ActivityDraft(ActivityType type, boolean online, LocalDate heldOn, Long unitId, Long siteId,
        Long projectId, String topic, String organiserName, AudienceKind audience, Integer headcount, Integer female,
        Integer male, Integer sexUnknown, Integer ageUnder14, Integer age14to17, Integer age18to24,
        Integer age25plus, Integer ageUnknown, String grade, String note, Long expectedVersion)
        implements Serializable {

    public boolean hasSexBreakdown() {
        return female != null || male != null || sexUnknown != null;
    }

    public boolean hasAgeBreakdown() {
        return ageUnder14 != null || age14to17 != null || age18to24 != null || age25plus != null
                || ageUnknown != null;
    }
}
