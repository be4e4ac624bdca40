package org.healthedu.project;

import java.io.Serializable;

/**
 * What a coordinator types to define a project's own indicator. Checked by {@link Indicator}. {@code measure}: the
 * computed figure its achievement is counted from (a count of the reporting feature; null: not computed, achievement
 * not shown); {@code countsPeerReach}: people reached through peer educators count toward it too.
 */
public record IndicatorDraft(String code, String nameZh, String nameEn, String unitZh, String unitEn,
        String descriptionZh, String descriptionEn, String measure, Boolean countsPeerReach) implements Serializable {
}
