package org.healthedu.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A fund-use entry as typed: {@code expectedVersion} is the version the user edited (null when new). */
public record FundUseDraft(LocalDate spentOn, FundCategory category, BigDecimal amountCny, String note,
        Long expectedVersion) {
}
