package org.healthedu.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Edits to a project's own fields (its units stay). {@code expectedVersion}, when given, is the version the user saw:
 * a newer one means someone else saved in between, and the edit is refused rather than silently overwriting theirs.
 */
public record ProjectChanges(String code, String nameZh, String nameEn, LocalDate startDate, LocalDate endDate,
        String description, BigDecimal budgetCny, Long expectedVersion) implements Serializable {
}
