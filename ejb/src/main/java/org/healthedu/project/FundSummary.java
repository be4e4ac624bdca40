package org.healthedu.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Spent against budget: the total, what remains (negative when overspent), the share of the budget used, and the
 * spending per category. Entries without a receipt are counted, for the report's data-quality check.
 */
public record FundSummary(BigDecimal budgetCny, BigDecimal spentCny, BigDecimal remainingCny, double percentSpent,
        boolean overBudget, long entries, long entriesWithoutReceipt, List<FundCategoryTotal> byCategory)
        implements Serializable {

    public static FundSummary of(BigDecimal budget, List<FundCategoryTotal> byCategory, long entriesWithoutReceipt) {
        BigDecimal spent = byCategory.stream().map(FundCategoryTotal::amountCny)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        long entries = byCategory.stream().mapToLong(FundCategoryTotal::entries).sum();
        double percent = budget.signum() == 0 ? 0
                : spent.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP).doubleValue();
        return new FundSummary(budget, spent, budget.subtract(spent), percent, spent.compareTo(budget) > 0, entries,
                entriesWithoutReceipt, List.copyOf(byCategory));
    }
}
