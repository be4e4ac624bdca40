package org.healthedu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitKind;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {

    private static final LocalDate START = LocalDate.of(2026, 7, 11);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    /*
     *   /1/            NATIONAL  china
     *   /1/5/          PROVINCE  jiangsu
     *   /1/5/9/        CITY      wuxi
     *   /1/5/9/20/     COUNTY    yixing
     *   /1/51/         PROVINCE  hunan
     */
    private OrganisationUnit china;
    private OrganisationUnit jiangsu;
    private OrganisationUnit wuxi;
    private OrganisationUnit yixing;
    private OrganisationUnit hunan;

    @BeforeEach
    void tree() {
        china = placed(1, UnitKind.NATIONAL, null);
        jiangsu = placed(5, UnitKind.PROVINCE, china);
        wuxi = placed(9, UnitKind.CITY, jiangsu);
        yixing = placed(20, UnitKind.COUNTY, wuxi);
        hunan = placed(51, UnitKind.PROVINCE, china);
    }

    private static ProjectDraft draft(String code, String nameZh, String nameEn, LocalDate start, LocalDate end,
            String description, BigDecimal budget) {
        return new ProjectDraft(code, nameZh, nameEn, 1L, 9L, start, end, description, budget);
    }

    private static ProjectDraft withBudget(BigDecimal budget) {
        return draft("WX-P1", "青春健康家长培训项目", null, START, END, null, budget);
    }

    private static ProjectDraft withNames(String nameZh, String nameEn) {
        return draft("WX-P1", nameZh, nameEn, START, END, null, null);
    }

    private static ProjectDraft withDescription(String description) {
        return draft("WX-P1", "项目", null, START, END, description, null);
    }

    private static ProjectDraft withPeriod(LocalDate start, LocalDate end) {
        return draft("WX-P1", "项目", null, start, end, null, null);
    }

    private Project project() {
        return new Project(draft("WX-P1", "青春健康家长培训项目", "Parent Training", START, END, "项目文本",
                new BigDecimal("80000")), china, wuxi);
    }

    private static ProjectChanges changes(String code, String nameZh, LocalDate start, LocalDate end,
            BigDecimal budget) {
        return new ProjectChanges(code, nameZh, null, start, end, null, budget, null);
    }

    @Nested
    class Construction {

        @Test
        void keepsNormalisedCodeTrimmedFieldsUnitsAndStartsAsDraft() {
            Project project = new Project(draft("  wx-2026-p ", "  青春健康家长培训项目 ", "  Parent Training ", START,
                    END, "  项目文本  ", new BigDecimal("80000.5")), china, wuxi);
            assertThat(project.code()).isEqualTo("WX-2026-P");
            assertThat(project.nameZh()).isEqualTo("青春健康家长培训项目");
            assertThat(project.nameEn()).isEqualTo("Parent Training");
            assertThat(project.funder()).isSameAs(china);
            assertThat(project.owner()).isSameAs(wuxi);
            assertThat(project.startDate()).isEqualTo(START);
            assertThat(project.endDate()).isEqualTo(END);
            assertThat(project.description()).isEqualTo("项目文本");
            assertThat(project.budgetCny()).isEqualTo(new BigDecimal("80000.50"));
            assertThat(project.status()).isEqualTo(ProjectStatus.DRAFT);
            assertThat(project.id()).isNull();
        }

        @Test
        void codeIsCheckedAsAUnitCode() {
            assertInvalid(() -> new Project(draft(null, "项目", null, START, END, null, null), china, wuxi), "code",
                    "error.required");
            assertInvalid(() -> new Project(draft("项目", "项目", null, START, END, null, null), china, wuxi), "code",
                    "unit.code.format");
            assertInvalid(() -> new Project(draft("X".repeat(33), "项目", null, START, END, null, null), china, wuxi),
                    "code", "unit.code.format");
        }
    }

    @Nested
    class Units {

        @Test
        void theFunderMayBeTheOwnerOrAnyUnitAboveIt() {
            assertThat(new Project(withBudget(null), wuxi, wuxi).funder()).isSameAs(wuxi);
            assertThat(new Project(withBudget(null), jiangsu, wuxi).funder()).isSameAs(jiangsu);
            assertThat(new Project(withBudget(null), china, yixing).owner()).isSameAs(yixing);
        }

        @Test
        void aFunderBelowTheOwnerIsRefused() {
            assertInvalid(() -> new Project(withBudget(null), yixing, wuxi), "funderUnitId",
                    "project.funder.notAbove");
        }

        @Test
        void aFunderInAnotherBranchIsRefused() {
            assertInvalid(() -> new Project(withBudget(null), hunan, wuxi), "funderUnitId",
                    "project.funder.notAbove");
        }

        @Test
        void bothUnitsAreRequired() {
            assertInvalid(() -> new Project(withBudget(null), china, null), "ownerUnitId", "error.required");
            assertInvalid(() -> new Project(withBudget(null), null, wuxi), "funderUnitId", "error.required");
        }

        @Test
        void anInactiveOwnerTakesNoNewProject() {
            yixing.deactivate();
            assertInvalid(() -> new Project(withBudget(null), china, yixing), "ownerUnitId",
                    "project.owner.inactive");
        }

        @Test
        void anInactiveFunderFundsNoNewProject() {
            jiangsu.deactivate();
            assertInvalid(() -> new Project(withBudget(null), jiangsu, wuxi), "funderUnitId",
                    "project.funder.inactive");
        }

        @Test
        void unitsAreCheckedBeforeTheFields() {
            assertInvalid(() -> new Project(draft("", "", null, null, null, null, null), yixing, wuxi),
                    "funderUnitId", "project.funder.notAbove");
        }
    }

    @Nested
    class Period {

        @Test
        void endBeforeStartIsRefused() {
            assertInvalid(() -> new Project(withPeriod(END, START), china, wuxi), "period", "project.period.invalid");
            assertInvalid(() -> new Project(withPeriod(START, START.minusDays(1)), china, wuxi), "period",
                    "project.period.invalid");
        }

        @Test
        void aOneDayProjectIsAllowed() {
            Project project = new Project(withPeriod(START, START), china, wuxi);
            assertThat(project.startDate()).isEqualTo(project.endDate());
        }

        @Test
        void bothDatesAreRequired() {
            assertInvalid(() -> new Project(withPeriod(null, END), china, wuxi), "startDate", "error.required");
            assertInvalid(() -> new Project(withPeriod(START, null), china, wuxi), "endDate", "error.required");
        }
    }

    @Nested
    class Budget {

        @Test
        void noBudgetIsZero() {
            assertThat(new Project(withBudget(null), china, wuxi).budgetCny()).isEqualTo(new BigDecimal("0.00"));
            assertThat(new Project(withBudget(BigDecimal.ZERO), china, wuxi).budgetCny())
                    .isEqualTo(new BigDecimal("0.00"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.01", "-1", "-80000"})
        void negativeIsRefused(String budget) {
            assertInvalid(() -> new Project(withBudget(new BigDecimal(budget)), china, wuxi), "budgetCny",
                    "project.budget.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.001", "80000.005", "1.999"})
        void finerThanAFenIsRefused(String budget) {
            assertInvalid(() -> new Project(withBudget(new BigDecimal(budget)), china, wuxi), "budgetCny",
                    "project.budget.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000000000000", "1000000000000.00", "1E+13", "999999999999.999"})
        void tooLargeIsRefused(String budget) {
            assertInvalid(() -> new Project(withBudget(new BigDecimal(budget)), china, wuxi), "budgetCny",
                    "project.budget.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {"999999999999.99", "80000", "80000.5", "1.500", "1E+3", "0.01"})
        void acceptedAmountsAreKeptWithTwoDecimals(String budget) {
            BigDecimal kept = new Project(withBudget(new BigDecimal(budget)), china, wuxi).budgetCny();
            assertThat(kept.scale()).isEqualTo(2);
            assertThat(kept).isEqualByComparingTo(budget);
        }
    }

    @Nested
    class Names {

        @Test
        void chineseNameIsRequired() {
            assertInvalid(() -> new Project(withNames(null, null), china, wuxi), "nameZh", "error.required");
            assertInvalid(() -> new Project(withNames("   ", null), china, wuxi), "nameZh", "error.required");
        }

        @Test
        void namesUpTo200() {
            Project project = new Project(withNames("项".repeat(200), "P".repeat(200)), china, wuxi);
            assertThat(project.nameZh()).hasSize(200);
            assertThat(project.nameEn()).hasSize(200);
            assertInvalid(() -> new Project(withNames("项".repeat(201), null), china, wuxi), "nameZh",
                    "error.tooLong", 200);
            assertInvalid(() -> new Project(withNames("项目", "P".repeat(201)), china, wuxi), "nameEn",
                    "error.tooLong", 200);
        }

        @Test
        void blankEnglishNameIsStoredAsNull() {
            assertThat(new Project(withNames("项目", "  "), china, wuxi).nameEn()).isNull();
        }

        @Test
        void controlCharactersAreRefused() {
            assertInvalid(() -> new Project(withNames("项\u0000目", null), china, wuxi), "nameZh",
                    "error.controlCharacters");
            assertInvalid(() -> new Project(withNames("项\n目", null), china, wuxi), "nameZh",
                    "error.controlCharacters");
        }
    }

    @Nested
    class Description {

        @Test
        void optionalUpTo4000() {
            assertThat(new Project(withDescription("   "), china, wuxi).description()).isNull();
            assertThat(new Project(withDescription("文".repeat(4000)), china, wuxi).description()).hasSize(4000);
            assertInvalid(() -> new Project(withDescription("文".repeat(4001)), china, wuxi), "description",
                    "error.tooLong", 4000);
        }

        @Test
        void paragraphsAndTabsAreKeptWithUnixLineBreaks() {
            Project project = new Project(withDescription(" 第一段\r\n第二段\r第三段\n\t缩进 "), china, wuxi);
            assertThat(project.description()).isEqualTo("第一段\n第二段\n第三段\n\t缩进");
        }

        @Test
        void otherControlCharactersAreRefused() {
            assertInvalid(() -> new Project(withDescription("文本\u0000"), china, wuxi), "description",
                    "error.controlCharacters");
            assertInvalid(() -> new Project(withDescription("文本\u001b[0m"), china, wuxi), "description",
                    "error.controlCharacters");
        }
    }

    @Nested
    class Workflow {

        @Test
        void draftThenActiveThenClosed() {
            Project project = project();
            project.activate();
            assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
            project.close();
            assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
        }

        @Test
        void aDraftCannotBeClosedAndAnActiveProjectNotActivatedAgain() {
            Project project = project();
            assertInvalid(project::close, "status", "project.status.illegal", "projectStatus.DRAFT",
                    "projectStatus.CLOSED");
            assertThat(project.status()).isEqualTo(ProjectStatus.DRAFT);
            project.activate();
            assertInvalid(project::activate, "status", "project.status.illegal", "projectStatus.ACTIVE",
                    "projectStatus.ACTIVE");
        }

        @Test
        void aClosedProjectCannotBeReopened() {
            Project project = project();
            project.activate();
            project.close();
            assertInvalid(project::activate, "status", "project.status.illegal", "projectStatus.CLOSED",
                    "projectStatus.ACTIVE");
            assertInvalid(project::close, "status", "project.status.illegal", "projectStatus.CLOSED",
                    "projectStatus.CLOSED");
            assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
        }
    }

    @Nested
    class Revise {

        @Test
        void replacesTheFieldsButNotTheUnits() {
            Project project = project();
            project.revise(new ProjectChanges(" wx-p2 ", " 新名称 ", "", START.minusMonths(1), END.plusDays(1),
                    "新文本", new BigDecimal("1.5"), 3L));
            assertThat(project.code()).isEqualTo("WX-P2");
            assertThat(project.nameZh()).isEqualTo("新名称");
            assertThat(project.nameEn()).isNull();
            assertThat(project.startDate()).isEqualTo(START.minusMonths(1));
            assertThat(project.endDate()).isEqualTo(END.plusDays(1));
            assertThat(project.description()).isEqualTo("新文本");
            assertThat(project.budgetCny()).isEqualTo(new BigDecimal("1.50"));
            assertThat(project.funder()).isSameAs(china);
            assertThat(project.owner()).isSameAs(wuxi);
        }

        @Test
        void anActiveProjectCanStillBeRevised() {
            Project project = project();
            project.activate();
            project.revise(changes("WX-P1", "实施中修改", START, END, null));
            assertThat(project.nameZh()).isEqualTo("实施中修改");
        }

        @Test
        void checksTheSameRulesAndChangesNothingWhenOneIsBroken() {
            Project project = project();
            assertInvalid(() -> project.revise(changes("WX-P9", "新名称", END, START, null)), "period",
                    "project.period.invalid");
            assertInvalid(() -> project.revise(changes("WX-P9", "新名称", START, END, new BigDecimal("-1"))),
                    "budgetCny", "project.budget.invalid");
            assertInvalid(() -> project.revise(changes("WX-P9", "", START, END, null)), "nameZh", "error.required");
            assertInvalid(() -> project.revise(changes("?", "新名称", START, END, null)), "code", "unit.code.format");
            assertThat(project.code()).isEqualTo("WX-P1");
            assertThat(project.nameZh()).isEqualTo("青春健康家长培训项目");
            assertThat(project.budgetCny()).isEqualTo(new BigDecimal("80000.00"));
            assertThat(project.startDate()).isEqualTo(START);
        }
    }

    @Nested
    class ClosedIsReadOnly {

        private Project closed;

        @BeforeEach
        void close() {
            closed = project();
            closed.activate();
            closed.close();
        }

        @Test
        void anyRevisionIsRefusedAsAConflict() {
            assertBroken(() -> closed.revise(changes("WX-P1", "结项后修改", START, END, null)),
                    DomainException.Kind.CONFLICT, null, "project.closed");
            assertThat(closed.nameZh()).isEqualTo("青春健康家长培训项目");
        }

        @Test
        void evenAnInvalidRevisionIsRefusedAsClosedFirst() {
            assertBroken(() -> closed.revise(changes(null, null, null, null, null)), DomainException.Kind.CONFLICT,
                    null, "project.closed");
        }

        @Test
        void requireOpenPassesUntilClosed() {
            Project open = project();
            open.requireOpen();
            open.activate();
            open.requireOpen();
            assertBroken(closed::requireOpen, DomainException.Kind.CONFLICT, null, "project.closed");
        }
    }
}
