package org.healthedu.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new project as typed by a user: checked by {@link Project}. The funding unit is the owning unit or one above it;
 * a missing budget is zero.
 */
public record ProjectDraft(String code, String nameZh, String nameEn, Long funderUnitId, Long ownerUnitId,
        LocalDate startDate, LocalDate endDate, String description, BigDecimal budgetCny) implements Serializable {
}
