package org.healthedu.project;

import java.io.Serializable;
import java.math.BigDecimal;

/** What was spent on one category, and in how many entries. */
public record FundCategoryTotal(FundCategory category, BigDecimal amountCny, long entries) implements Serializable {
}
