package org.healthedu.enrolment.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthedu.enrolment.Gender;
import org.healthedu.enrolment.GuardianConsent;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.shared.tabular.RowError;
import org.junit.jupiter.api.Test;

class ParticipantImportPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 11);

    private static ParticipantImportRow parent(int line, String name, String phone) {
        return new ParticipantImportRow(line, name, null, "女", null, phone, null, null, null, null, null, null);
    }

    private static ParticipantImportRow student(int line, String name, String birthYear, String school) {
        return new ParticipantImportRow(line, name, "学生", null, birthYear, null, school, "初一", null, null, null,
                null);
    }

    private static ParticipantImportRow child(int line, String name, String birthYear, String guardian,
            String relation, String date) {
        return new ParticipantImportRow(line, name, "学生", null, birthYear, null, "民丰小学", "六年级", guardian,
                relation, date, null);
    }

    private static ParticipantImportPlan plan(List<ParticipantImportRow> rows) {
        return plan(rows, Map.of(), 100);
    }

    private static ParticipantImportPlan plan(List<ParticipantImportRow> rows,
            Map<String, List<ExistingParticipant>> existing, long free) {
        return ParticipantImportPlanner.plan(rows, ParticipantKind.PARENT, existing, free, TODAY);
    }

    private static List<RowError> errorsOf(ParticipantImportPlan plan, int line) {
        return plan.preview().rows().stream().filter(r -> r.row().line() == line).findFirst().orElseThrow().errors();
    }

    @Test
    void goodRowsArePlannedWithTheDefaultKindWhenTheFileNamesNone() {
        ParticipantImportPlan plan = plan(List.of(parent(2, "王 秀英", "138-0000-1111"), student(3, "李明", "2010",
                "金星中学")));

        assertThat(plan.preview().errorRows()).isZero();
        assertThat(plan.preview().canApplyAll()).isTrue();
        assertThat(plan.valid()).extracting(p -> p.details().kind(), p -> p.details().displayName(),
                p -> p.details().phone(), p -> p.details().gender(), PlannedParticipant::nameKey)
                .containsExactly(tuple(ParticipantKind.PARENT, "王 秀英", "13800001111", Gender.FEMALE, "王秀英"),
                        tuple(ParticipantKind.STUDENT, "李明", null, null, "李明"));
    }

    @Test
    void everyBrokenRuleOfARowIsReported() {
        ParticipantImportPlan plan = plan(List.of(
                new ParticipantImportRow(2, null, "老师", "未知", "二〇一二", null, null, null, null, null, null, null),
                student(3, "李明", null, "金星中学"),
                student(4, "李明", "2025", "金星中学"),
                new ParticipantImportRow(5, "赵雪", "学生", null, "2010", "13800001111", null, null, null, null, null,
                        null),
                new ParticipantImportRow(6, "王芳", null, null, null, null, "金星中学", null, null, null, null, null)));

        assertThat(errorsOf(plan, 2)).extracting(RowError::field, RowError::messageKey, RowError::args)
                .containsExactly(tuple("kind", "import.participant.kind.unknown", List.of("老师")),
                        tuple("displayName", "error.required", List.of()),
                        tuple("gender", "import.participant.gender.unknown", List.of("未知")),
                        tuple("birthYear", "import.participant.birthYear.format", List.of("二〇一二")));
        assertThat(errorsOf(plan, 3)).extracting(RowError::messageKey)
                .containsExactly("participant.birthYear.required");
        assertThat(errorsOf(plan, 4)).extracting(RowError::messageKey, RowError::args)
                .containsExactly(tuple("participant.birthYear.range", List.of("1926", "2023")));
        assertThat(errorsOf(plan, 5)).as("a phone given for a minor").extracting(RowError::field,
                RowError::messageKey).containsExactly(tuple("phone", "participant.phone.minor"));
        assertThat(errorsOf(plan, 6)).extracting(RowError::messageKey)
                .containsExactly("participant.school.studentsOnly");
        assertThat(plan.valid()).isEmpty();
        assertThat(plan.preview().errorRows()).isEqualTo(5);
        assertThat(plan.preview().canApplyValid()).isFalse();
    }

    @Test
    void aChildWhoCouldBeUnderFourteenNeedsTheConsentColumns() {
        ParticipantImportPlan plan = plan(List.of(
                child(2, "李小红", "2014", null, null, null),
                child(3, "李小兰", "2014", "李建国", "父亲", "2026年6月1日"),
                child(4, "李小青", "2014", "李建国", null, "2026-06-01"),
                child(5, "李小紫", "2014", "李建国", "父亲", "六月一日"),
                child(6, "李小白", "2014", "李建国", "父亲", "2026-08-01"),
                child(7, "李大红", "2011", null, null, null),
                child(8, "李大兰", "2011", "李建国", "父亲", "2026-06-01")));

        assertThat(errorsOf(plan, 2)).extracting(RowError::field, RowError::messageKey)
                .containsExactly(tuple("consent", "import.participant.consentMissing"));
        assertThat(errorsOf(plan, 3)).isEmpty();
        assertThat(errorsOf(plan, 4)).extracting(RowError::messageKey).containsExactly("error.required");
        assertThat(errorsOf(plan, 4).get(0).field()).isEqualTo("guardianRelation");
        assertThat(errorsOf(plan, 5)).extracting(RowError::messageKey, RowError::args)
                .containsExactly(tuple("import.participant.consentDate.format", List.of("六月一日")));
        assertThat(errorsOf(plan, 6)).extracting(RowError::messageKey).containsExactly("consent.date.future");
        assertThat(errorsOf(plan, 7)).as("14 or over all year: no consent needed").isEmpty();
        assertThat(plan.valid()).extracting(PlannedParticipant::line).containsExactly(3, 7, 8);
        GuardianConsent.Checked consent = plan.valid().get(0).consent();
        assertThat(consent.guardianName()).isEqualTo("李建国");
        assertThat(consent.consentDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(consent.textVersion()).as("the current text unless the file says otherwise")
                .isEqualTo(GuardianConsent.CURRENT_TEXT_VERSION);
        assertThat(plan.valid().get(2).consent()).as("15 or 16: a minor's consent is kept").isNotNull();
    }

    @Test
    void anAdultsConsentColumnsAreIgnored() {
        ParticipantImportRow adult = new ParticipantImportRow(2, "陈静", "学生", null, "2004", null, "江南大学", null,
                "陈父", "父亲", "2026-06-01", null);
        ParticipantImportPlan plan = plan(List.of(adult));
        assertThat(plan.preview().errorRows()).isZero();
        assertThat(plan.valid().get(0).consent()).isNull();
    }

    @Test
    void theSamePersonTwiceInTheFileIsReportedAgainstTheFirstLine() {
        ParticipantImportPlan plan = plan(List.of(
                parent(2, "王秀英", "13800001111"),
                student(3, "李明", "2010", "金星中学"),
                parent(4, "王 秀英", "138 0000 1111"),
                student(5, "李明", "2010", " 金星 中学"),
                student(6, "李明", "2010", "民丰小学"),
                parent(7, "王秀英", "13900002222")));

        assertThat(errorsOf(plan, 4)).extracting(RowError::messageKey, RowError::args)
                .containsExactly(tuple("import.participant.duplicateInFile", List.of("2")));
        assertThat(errorsOf(plan, 5)).extracting(RowError::messageKey, RowError::args)
                .containsExactly(tuple("import.participant.duplicateInFile", List.of("3")));
        assertThat(plan.valid()).extracting(PlannedParticipant::line).containsExactly(2, 3, 6, 7);
    }

    @Test
    void aLikelyDuplicateOfSomeoneInScopeIsReported() {
        Map<String, List<ExistingParticipant>> existing = Map.of(
                "王秀英", List.of(new ExistingParticipant(77, "王秀英", "王秀英", "13800001111", null, null, "宝东社区")),
                "李明", List.of(new ExistingParticipant(78, "李明", "李明", null, 2010, "金星中学", "南长区")));
        ParticipantImportPlan plan = plan(List.of(
                parent(2, "王秀英", "13800001111"),
                parent(3, "王秀英", "13900002222"),
                student(4, "李明", "2010", "金星中学"),
                student(5, "李明", "2011", "金星中学")), existing, 100);

        assertThat(errorsOf(plan, 2)).extracting(RowError::messageKey, RowError::args)
                .containsExactly(tuple("import.participant.likelyDuplicate", List.of("王秀英", "宝东社区", "77")));
        assertThat(errorsOf(plan, 4)).extracting(RowError::messageKey, RowError::args)
                .containsExactly(tuple("import.participant.likelyDuplicate", List.of("李明", "南长区", "78")));
        assertThat(plan.valid()).extracting(PlannedParticipant::line).containsExactly(3, 5);
    }

    @Test
    void validRowsBeyondTheFreePlacesAreRefusedInFileOrder() {
        List<ParticipantImportRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(parent(i + 2, "家长" + i, null));
        }
        rows.add(2, parent(9, null, null));
        ParticipantImportPlan plan = plan(rows, Map.of(), 3);

        assertThat(plan.valid()).extracting(PlannedParticipant::line).containsExactly(2, 3, 4);
        assertThat(errorsOf(plan, 5)).extracting(RowError::field, RowError::messageKey, RowError::args)
                .containsExactly(tuple("batch", "import.batch.full", List.of("3")));
        assertThat(errorsOf(plan, 6)).extracting(RowError::messageKey).containsExactly("import.batch.full");
        assertThat(errorsOf(plan, 9)).extracting(RowError::messageKey).containsExactly("error.required");
        assertThat(plan.preview().errorRows()).isEqualTo(3);
        assertThat(plan.preview().freePlaces()).isEqualTo(3);
        assertThat(plan.preview().canApplyAll()).isFalse();
        assertThat(plan.preview().canApplyValid()).isTrue();

        assertThat(plan(rows, Map.of(), 0).valid()).as("a full batch takes nobody").isEmpty();
    }

    @Test
    void tenThousandRowsArePlannedQuickly() {
        List<ParticipantImportRow> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(parent(i + 2, "家长" + i, "1380000" + String.format("%04d", i)));
        }
        long start = System.nanoTime();
        ParticipantImportPlan plan = plan(rows, Map.of(), 10_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(plan.valid()).hasSize(10_000);
        assertThat(millis).as("linear, not quadratic").isLessThan(5_000);
    }
}
