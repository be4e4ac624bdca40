package org.healthedu.organisation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.healthedu.organisation.UnitKind;
import org.healthedu.shared.tabular.RowError;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

    /** A coordinator of city CITY1: everything under /1/2/3/ is theirs. */
    private static final Predicate<String> CITY_COORDINATOR = path -> path.startsWith("/1/2/3/");

    private static final Map<String, ExistingUnit> EXISTING = Map.of(
            "CITY1", new ExistingUnit("CITY1", 3, "/1/2/3/", UnitKind.CITY, true),
            "C1", new ExistingUnit("C1", 10, "/1/2/3/10/", UnitKind.COUNTY, true),
            "T0", new ExistingUnit("T0", 12, "/1/2/3/10/12/", UnitKind.TOWNSHIP, false),
            "X1", new ExistingUnit("X1", 11, "/1/2/9/11/", UnitKind.COUNTY, true));

    /** A row with no problems, to show that a broken neighbour leaves it alone. */
    private static final UnitImportRow GOOD = row(2, "T9", "C1", "乡镇", "九镇", "Town Nine");

    @Test
    void aGoodRowHasNoErrorsAndIsPlanned() {
        ImportPlan plan = plan(GOOD);

        assertThat(plan.preview().rows()).singleElement().satisfies(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.kind()).isEqualTo(UnitKind.TOWNSHIP);
        });
        assertThat(plan.preview().canApply()).isTrue();
        assertThat(plan.order()).containsExactly(new PlannedUnit(2, "T9", "九镇", "Town Nine", UnitKind.TOWNSHIP,
                "C1", EXISTING.get("C1")));
    }

    @Test
    void missingCode() {
        assertOnlyError(row(3, null, "C1", "乡镇", "一镇", null), "code", "error.required");
    }

    @Test
    void malformedCode() {
        assertOnlyError(row(3, "a b", "C1", "乡镇", "一镇", null), "code", "unit.code.format");
    }

    @Test
    void codeAlreadyInTheDatabaseWhateverItsCase() {
        assertOnlyError(row(3, "c1", "CITY1", "县", "一县", null), "code", "unit.code.taken", "C1");
    }

    @Test
    void sameCodeTwiceInTheFileIsReportedOnTheLaterRow() {
        ImportPlan plan = plan(GOOD, row(3, "t9", "C1", "乡镇", "又一个九镇", null));

        assertThat(errorsOn(plan, 2)).isEmpty();
        assertThat(errorsOn(plan, 3)).containsExactly(error("code", "import.code.duplicateInFile", "T9"));
        assertThat(plan.preview().errorRows()).isEqualTo(1);
        assertThat(plan.preview().canApply()).isFalse();
    }

    @Test
    void missingKind() {
        assertOnlyError(row(3, "T1", "C1", null, "一镇", null), "kind", "error.required");
    }

    @Test
    void unknownKind() {
        assertOnlyError(row(3, "T1", "C1", "星球", "一镇", null), "kind", "import.kind.unknown", "星球");
    }

    @Test
    void missingChineseName() {
        assertOnlyError(row(3, "T1", "C1", "乡镇", null, "Town"), "nameZh", "error.required");
    }

    @Test
    void chineseNameTooLong() {
        assertThat(errorsOn(plan(GOOD, row(3, "T1", "C1", "乡镇", "镇".repeat(100), null)), 3)).isEmpty();
        assertOnlyError(row(3, "T1", "C1", "乡镇", "镇".repeat(101), null), "nameZh", "error.tooLong", "100");
    }

    @Test
    void englishNameTooLong() {
        assertOnlyError(row(3, "T1", "C1", "乡镇", "一镇", "x".repeat(101)), "nameEn", "error.tooLong", "100");
    }

    @Test
    void missingParentForANonNationalUnit() {
        assertOnlyError(row(3, "T1", null, "乡镇", "一镇", null), "parent", "unit.parent.required");
    }

    @Test
    void parentNeitherInTheFileNorInTheDatabase() {
        assertOnlyError(row(3, "T1", "nope", "乡镇", "一镇", null), "parent", "import.parent.unknown", "nope");
    }

    @Test
    void parentOutsideTheCallersScope() {
        assertOnlyError(row(3, "T1", "X1", "乡镇", "一镇", null), "parent", "error.forbidden");
    }

    @Test
    void inactiveParent() {
        assertOnlyError(row(3, "K1", "T0", "社区", "一村", null), "parent", "unit.parent.inactive");
    }

    @Test
    void levelNotBelowAnExistingParent() {
        assertOnlyError(row(3, "C2", "C1", "县", "二县", null), "kind", "unit.level.notBelowParent",
                "unitKind.COUNTY", "unitKind.COUNTY");
    }

    @Test
    void territorialUnitUnderAnOrganisationInTheFile() {
        ImportPlan plan = plan(row(2, "E1", "C1", "企业", "一厂", null), row(3, "K1", "E1", "社区", "一村", null));

        assertThat(errorsOn(plan, 2)).isEmpty();
        assertThat(errorsOn(plan, 3)).containsExactly(
                error("parent", "unit.parent.notTerritorial", "unitKind.ENTERPRISE"));
    }

    @Test
    void levelNotBelowAParentInTheFile() {
        ImportPlan plan = plan(row(2, "T1", "C1", "乡镇", "一镇", null), row(3, "T2", "T1", "乡镇", "二镇", null));

        assertThat(errorsOn(plan, 2)).isEmpty();
        assertThat(errorsOn(plan, 3)).containsExactly(
                error("kind", "unit.level.notBelowParent", "unitKind.TOWNSHIP", "unitKind.TOWNSHIP"));
    }

    @Test
    void nationalUnitWithAParent() {
        ImportPlan plan = ImportPlanner.plan(List.of(row(2, "CN2", "CITY1", "国家", "全国二", null)), EXISTING,
                path -> true, true);

        assertThat(errorsOn(plan, 2)).containsExactly(error("parent", "unit.national.noParent"));
    }

    @Test
    void nationalUnitOnlyByAnAdmin() {
        UnitImportRow national = row(2, "CN", null, "全国", "全国协会", "National");

        assertThat(errorsOn(plan(national), 2)).containsExactly(error("parent", "error.forbidden"));
        ImportPlan asAdmin = ImportPlanner.plan(List.of(national), EXISTING, path -> true, true);
        assertThat(errorsOn(asAdmin, 2)).isEmpty();
        assertThat(asAdmin.order()).extracting(PlannedUnit::code, PlannedUnit::parentCode)
                .containsExactly(tuple("CN", null));
    }

    @Test
    void cycleAmongRowsOfTheFile() {
        ImportPlan plan = plan(
                row(2, "TA", "TB", "乡镇", "甲", null),
                row(3, "TB", "TA", "乡镇", "乙", null),
                row(4, "K1", "TA", "社区", "一村", null),
                GOOD);

        assertThat(errorsOn(plan, 2)).containsExactly(error("parent", "import.parent.cycle"));
        assertThat(errorsOn(plan, 3)).containsExactly(error("parent", "import.parent.cycle"));
        assertThat(errorsOn(plan, 4)).containsExactly(error("parent", "import.parent.hasErrors", "TA"));
        assertThat(plan.preview().errorRows()).isEqualTo(3);
        assertThat(plan.order()).extracting(PlannedUnit::code).containsExactly("T9");
    }

    @Test
    void rowThatIsItsOwnParent() {
        assertOnlyError(row(3, "T1", "t1", "乡镇", "一镇", null), "parent", "import.parent.cycle");
    }

    @Test
    void childrenOfARowWithErrorsSayWhichParentToFixDownTheWholeBranch() {
        ImportPlan plan = plan(
                row(2, "K1", "T1", "社区", "一村", null),
                row(3, "T1", "C1", "乡镇", null, null),
                row(4, "E1", "K1", "企业", "村办厂", null));

        assertThat(errorsOn(plan, 3)).containsExactly(error("nameZh", "error.required"));
        assertThat(errorsOn(plan, 2)).containsExactly(error("parent", "import.parent.hasErrors", "T1"));
        assertThat(errorsOn(plan, 4)).containsExactly(error("parent", "import.parent.hasErrors", "K1"));
        assertThat(plan.order()).isEmpty();
    }

    @Test
    void aParentRowWithAMalformedCodeIsStillFoundAsARow() {
        ImportPlan plan = plan(row(2, "T 1", "C1", "乡镇", "一镇", null), row(3, "K1", "t 1", "社区", "一村", null));

        assertThat(errorsOn(plan, 2)).containsExactly(error("code", "unit.code.format"));
        assertThat(errorsOn(plan, 3)).containsExactly(error("parent", "import.parent.hasErrors", "t 1"));
    }

    @Test
    void ordersParentsBeforeChildrenWhenTheFileListsChildrenFirst() {
        ImportPlan plan = plan(
                row(2, "K1", "T1", "社区", "一村", null),
                row(3, "T1", "C1", "乡镇", "一镇", null),
                row(4, "E1", "T1", "企业", "一厂", null),
                row(5, "K2", "T2", "社区", "二村", null),
                row(6, "T2", "c1", "乡镇", "二镇", null));

        assertThat(plan.preview().errorRows()).isZero();
        assertThat(plan.order()).extracting(PlannedUnit::code).containsExactly("T1", "K1", "E1", "T2", "K2");
        assertThat(plan.order()).filteredOn(p -> p.code().equals("K1")).singleElement().satisfies(p -> {
            assertThat(p.parentCode()).isEqualTo("T1");
            assertThat(p.existingParent()).isNull();
        });
        assertThat(plan.order()).filteredOn(p -> p.code().equals("T2")).singleElement()
                .satisfies(p -> assertThat(p.existingParent()).isEqualTo(EXISTING.get("C1")));
        // The preview keeps the file's order, so line numbers read top to bottom.
        assertThat(plan.preview().rows()).extracting(r -> r.row().line()).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void ordersAWholeTreeListedBottomUp() {
        List<UnitImportRow> rows = List.of(
                row(2, "KK", "TT", "村", "村", null),
                row(3, "TT", "CC", "镇", "镇", null),
                row(4, "CC", "SS", "县", "县", null),
                row(5, "SS", "PP", "市", "市", null),
                row(6, "PP", "NN", "省", "省", null),
                row(7, "NN", null, "国家", "国", null));

        ImportPlan plan = ImportPlanner.plan(rows, Map.of(), path -> true, true);

        assertThat(plan.preview().errorRows()).isZero();
        assertThat(plan.order()).extracting(PlannedUnit::code).containsExactly("NN", "PP", "SS", "CC", "TT", "KK");
    }

    @Test
    void looksUpTheValidCodesAndParentCodesOnce() {
        Set<String> codes = ImportPlanner.codesToLookUp(List.of(
                row(2, "t1", "c1", "乡镇", "一镇", null),
                row(3, "K1", "T1", "社区", "一村", null),
                row(4, "bad code", "also bad", "社区", "二村", null),
                row(5, null, null, null, null, "x")));

        assertThat(codes).containsExactly("C1", "K1", "T1");
    }

    @Test
    void aCountyNetworkOf541UnitsPlansWithoutErrorsInAnyOrder() {
        List<UnitImportRow> rows = countyNetwork();
        assertThat(rows).hasSize(541);
        Collections.shuffle(rows, new Random(541));

        ImportPlan plan = plan(rows.toArray(UnitImportRow[]::new));

        assertThat(plan.preview().rows()).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        assertThat(plan.preview().errorRows()).isZero();
        assertThat(plan.preview().canApply()).isTrue();
        assertThat(plan.order()).hasSize(541);
        Set<String> created = new HashSet<>();
        for (PlannedUnit unit : plan.order()) {
            if (unit.existingParent() == null) {
                assertThat(created).as("parent of %s created before it", unit.code()).contains(unit.parentCode());
            } else {
                assertThat(unit.parentCode()).isEqualTo("CITY1");
            }
            created.add(unit.code());
        }
        assertThat(plan.order()).filteredOn(p -> p.kind() == UnitKind.COMMUNITY).hasSize(507);
        assertThat(plan.order()).filteredOn(p -> p.kind() == UnitKind.TOWNSHIP).hasSize(26);
        assertThat(plan.order()).filteredOn(p -> p.kind() == UnitKind.ENTERPRISE).hasSize(5);
        assertThat(plan.order()).filteredOn(p -> p.kind() == UnitKind.FLOATING_POPULATION).hasSize(2);
    }

    /** One county under the existing city, 26 townships, 507 villages and communities, 5 firms, 2 migrant groups. */
    private static List<UnitImportRow> countyNetwork() {
        List<UnitImportRow> rows = new ArrayList<>();
        int line = 2;
        rows.add(row(line++, "XA", "CITY1", "县", "西安县", "Xi'an County"));
        for (int t = 1; t <= 26; t++) {
            rows.add(row(line++, "XA-T%02d".formatted(t), "XA", t % 3 == 0 ? "街道" : "乡镇", "第" + t + "镇", null));
        }
        for (int k = 0; k < 507; k++) {
            String township = "XA-T%02d".formatted(k % 26 + 1);
            rows.add(row(line++, township + "-K%02d".formatted(k / 26 + 1), township, k % 2 == 0 ? "村" : "社区",
                    "第" + (k + 1) + "村", null));
        }
        for (int e = 1; e <= 5; e++) {
            rows.add(row(line++, "XA-E" + e, e <= 2 ? "XA" : "XA-T0" + e, "企业", "企业" + e, "Enterprise " + e));
        }
        rows.add(row(line++, "XA-F1", "XA", "流动人口", "流动人口一", null));
        rows.add(row(line, "XA-F2", "XA-T01", "FLOATING_POPULATION", "流动人口二", null));
        return rows;
    }

    private static UnitImportRow row(int line, String code, String parent, String kind, String nameZh,
            String nameEn) {
        return new UnitImportRow(line, code, parent, kind, nameZh, nameEn);
    }

    private static ImportPlan plan(UnitImportRow... rows) {
        return ImportPlanner.plan(List.of(rows), EXISTING, CITY_COORDINATOR, false);
    }

    /** The row on line 3 has exactly this error, and the good row on line 2 beside it has none. */
    private static void assertOnlyError(UnitImportRow bad, String field, String key, String... args) {
        ImportPlan plan = plan(GOOD, bad);

        assertThat(errorsOn(plan, 2)).isEmpty();
        assertThat(errorsOn(plan, bad.line())).containsExactly(new RowError(field, key, List.of(args)));
        assertThat(plan.preview().errorRows()).isEqualTo(1);
        assertThat(plan.preview().canApply()).isFalse();
        assertThat(plan.order()).extracting(PlannedUnit::code).containsExactly("T9");
    }

    private static List<RowError> errorsOn(ImportPlan plan, int line) {
        return plan.preview().rows().stream()
                .filter(r -> r.row().line() == line)
                .findFirst()
                .orElseThrow()
                .errors();
    }

    private static RowError error(String field, String key, String... args) {
        return new RowError(field, key, List.of(args));
    }
}
