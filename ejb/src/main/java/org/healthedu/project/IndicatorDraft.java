package org.healthedu.project;

import java.io.Serializable;

/** What a coordinator types to define a project's own indicator. Checked by {@link Indicator}. */
public record IndicatorDraft(String code, String nameZh, String nameEn, String unitZh, String unitEn,
        String descriptionZh, String descriptionEn) implements Serializable {
}
