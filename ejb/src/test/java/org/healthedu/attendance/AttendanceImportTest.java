package org.healthedu.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.tabular.RowError;
import org.junit.jupiter.api.Test;

class AttendanceImportTest {

    private static RollCallEntry person(long id, String name, Long version) {
        return new RollCallEntry(id, name, false, ParticipantKind.PARENT, null, true, false, null,
                version == null ? null : AttendanceStatus.PRESENT, null, null, null, null, version);
    }

    private static List<AttendanceImport.Row> parse(String csv) {
        return AttendanceImport.parse("sheet.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void statusesAreReadInChineseAndEnglish() {
        assertThat(AttendanceImport.status("出勤")).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(AttendanceImport.status(" Late ")).isEqualTo(AttendanceStatus.LATE);
        assertThat(AttendanceImport.status("请假")).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(AttendanceImport.status("ABSENT")).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(AttendanceImport.status("缺勤")).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(AttendanceImport.status("a")).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(AttendanceImport.status("迟到了")).isNull();
    }

    @Test
    void eachRowIsMatchedToOnePersonOfTheRollCallOrGetsItsOwnErrors() {
        List<RollCallEntry> people = List.of(person(1, "王 芳", null), person(2, "李娜", 3L), person(3, "张伟", null),
                person(4, "张伟", null));
        AttendanceImport.Preview preview = AttendanceImport.check(parse("""
                姓名,考勤,备注
                王芳,出勤,
                李娜,迟到,堵车
                张伟,请假,
                赵六,缺勤,
                王芳,缺勤,
                李娜,,
                """), people);
        assertThat(preview.errorRows()).isEqualTo(4);
        assertThat(preview.canApply()).isFalse();
        List<AttendanceImport.RowResult> rows = preview.rows();
        assertThat(rows.get(0).ok()).isTrue();
        assertThat(rows.get(0).participantId()).isEqualTo(1L);
        assertThat(rows.get(1).status()).isEqualTo(AttendanceStatus.LATE);
        assertThat(codes(rows.get(2))).containsExactly("rollcall.import.ambiguousName");
        assertThat(codes(rows.get(3))).containsExactly("rollcall.import.unknownName");
        assertThat(codes(rows.get(4))).containsExactly("rollcall.import.duplicate");
        assertThat(rows.get(4).errors().get(0).args()).containsExactly("2");
        assertThat(codes(rows.get(5))).containsExactly("rollcall.import.duplicate", "error.required");
    }

    @Test
    void aCleanSheetBecomesMarksOverTheVersionsReadNow() {
        List<RollCallEntry> people = List.of(person(1, "王芳", null), person(2, "李娜", 3L));
        AttendanceImport.Preview preview = AttendanceImport.check(parse("name,status,note\n王芳,present,\n李娜,absent,病假\n"),
                people);
        assertThat(preview.canApply()).isTrue();
        assertThat(preview.entries(Map.of(2L, 3L))).containsExactly(
                new MarkEntry(1L, AttendanceStatus.PRESENT, null, null),
                new MarkEntry(2L, AttendanceStatus.ABSENT, "病假", 3L));
    }

    @Test
    void aSheetWithoutAStatusColumnIsRefusedAsAWhole() {
        assertThatThrownBy(() -> parse("姓名,备注\n王芳,\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.missingColumns");
                    assertThat(e.field()).isEqualTo("file");
                });
    }

    private static List<String> codes(AttendanceImport.RowResult row) {
        return row.errors().stream().map(RowError::messageKey).toList();
    }
}
