package org.healthedu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundUseTest {

    private static final LocalDate START = LocalDate.of(2026, 7, 11);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private final Project project = project();

    private static Project project() {
        OrganisationUnit china = placed(1, UnitKind.NATIONAL, null);
        OrganisationUnit wuxi = placed(9, UnitKind.CITY, placed(5, UnitKind.PROVINCE, china));
        return new Project(new ProjectDraft("WX-P1", "家长培训", null, 1L, 9L, START, END, null,
                new BigDecimal("80000")), china, wuxi);
    }

    private static FundUseDraft draft(LocalDate day, FundCategory category, String amount, String note) {
        return new FundUseDraft(day, category, amount == null ? null : new BigDecimal(amount), note, null);
    }

    @Test
    void anEntryInsideThePeriodKeepsItsAmountInFen() {
        FundUse use = new FundUse(project, draft(START, FundCategory.MATERIALS, "1280.5", " 讲义印刷 "), 7L);
        assertThat(use.amountCny()).isEqualByComparingTo("1280.50").hasToString("1280.50");
        assertThat(use.note()).isEqualTo("讲义印刷");
        use.revise(draft(END, FundCategory.VENUE, "300", null));
        assertThat(use.spentOn()).isEqualTo(END);
        assertThat(use.category()).isEqualTo(FundCategory.VENUE);
        assertThat(use.note()).isNull();
    }

    @Test
    void theDayMustLieInTheProjectPeriod() {
        assertInvalid(() -> new FundUse(project, draft(START.minusDays(1), FundCategory.VENUE, "10", null), 7L),
                "spentOn", "fundUse.date.outsidePeriod", "2026-07-11", "2026-12-31");
        assertInvalid(() -> new FundUse(project, draft(END.plusDays(1), FundCategory.VENUE, "10", null), 7L),
                "spentOn", "fundUse.date.outsidePeriod", "2026-07-11", "2026-12-31");
        assertInvalid(() -> new FundUse(project, draft(null, FundCategory.VENUE, "10", null), 7L), "spentOn",
                "error.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "0.001", "1000000000000", "12.345"})
    void amountsMustBePositiveYuanWithAtMostTwoDecimals(String amount) {
        assertInvalid(() -> new FundUse(project, draft(START, FundCategory.OTHER, amount, null), 7L), "amountCny",
                "fundUse.amount.invalid");
    }

    @Test
    void categoryAndAmountAreRequiredAndNotesAreBounded() {
        assertInvalid(() -> new FundUse(project, draft(START, null, "1", null), 7L), "category", "error.required");
        assertInvalid(() -> new FundUse(project, draft(START, FundCategory.OTHER, null, null), 7L), "amountCny",
                "error.required");
        assertInvalid(() -> new FundUse(project, draft(START, FundCategory.OTHER, "1", "长".repeat(501)), 7L), "note",
                "error.tooLong", 500);
    }

    @Test
    void aRefusedRevisionLeavesTheEntryAsItWas() {
        FundUse use = new FundUse(project, draft(START, FundCategory.MATERIALS, "100", "a"), 7L);
        assertInvalid(() -> use.revise(draft(START, FundCategory.TRAVEL, "-1", "b")), "amountCny",
                "fundUse.amount.invalid");
        FundUse same = new FundUse(project, draft(START, FundCategory.MATERIALS, "100", "a"), 7L);
        assertThat(use).usingRecursiveComparison().ignoringFields("createdAt", "updatedAt").isEqualTo(same);
    }

    @Test
    void summarySpentAgainstBudgetPerCategory() {
        FundSummary summary = FundSummary.of(new BigDecimal("80000.00"), List.of(
                new FundCategoryTotal(FundCategory.MATERIALS, new BigDecimal("1280.50"), 2),
                new FundCategoryTotal(FundCategory.VENUE, new BigDecimal("3000.00"), 1)), 1);
        assertThat(summary.spentCny()).isEqualByComparingTo("4280.50");
        assertThat(summary.remainingCny()).isEqualByComparingTo("75719.50");
        assertThat(summary.percentSpent()).isEqualTo(5.4);
        assertThat(summary.overBudget()).isFalse();
        assertThat(summary.entries()).isEqualTo(3);
        assertThat(summary.entriesWithoutReceipt()).isEqualTo(1);
    }

    @Test
    void overspendingIsShownNotHidden() {
        FundSummary summary = FundSummary.of(new BigDecimal("1000.00"), List.of(
                new FundCategoryTotal(FundCategory.TRAINING, new BigDecimal("1200.00"), 1)), 0);
        assertThat(summary.overBudget()).isTrue();
        assertThat(summary.remainingCny()).isEqualByComparingTo("-200.00");
        assertThat(summary.percentSpent()).isEqualTo(120.0);
        assertThat(FundSummary.of(BigDecimal.ZERO.setScale(2), List.of(), 0).percentSpent()).isZero();
    }
}
