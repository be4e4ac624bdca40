package org.healthedu.enrolment.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.Test;

class ParticipantImportParserTest {

    private final ParticipantImportParser parser = new ParticipantImportParser();

    @Test
    void chineseHeadersInAnyOrderAsExcelSavesThem() {
        byte[] content = ("手机号,姓名,性别,备注\n13800001111,王秀英,女,周六上午有空\n")
                .getBytes(Charset.forName("GB18030"));

        assertThat(parser.parse("家长.csv", content)).containsExactly(new ParticipantImportRow(2, "王秀英", null, "女",
                null, "13800001111", null, null, null, null, null, null));
    }

    @Test
    void englishHeadersWithConsentColumns() {
        byte[] content = ("Name,Kind,Birth Year,School,Grade,Guardian Name,Guardian Relation,Consent Date,"
                + "Consent Version\n李小红,student,2014,金星中学,初一,李建国,父亲,2026-06-01,2026-1\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse("kids.csv", content)).containsExactly(new ParticipantImportRow(2, "李小红", "student",
                null, "2014", null, "金星中学", "初一", "李建国", "父亲", "2026-06-01", "2026-1"));
    }

    @Test
    void onlyTheNameColumnIsRequired() {
        byte[] content = "电话,性别\n13800001111,女\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse("x.csv", content)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.file.missingColumns");
            assertThat(e.args()).containsExactly("name");
        });
    }

    @Test
    void tenThousandRowsAreReadAndOneMoreIsRefused() {
        assertThat(parser.parse("x.csv", rows(10_000))).hasSize(10_000);
        assertThatThrownBy(() -> parser.parse("x.csv", rows(10_001))).isInstanceOfSatisfying(DomainException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.tooManyRows");
                    assertThat(e.args()).containsExactly(10_000);
                });
    }

    @Test
    void xlsxWithNumbersAndDatesAsTyped() throws IOException {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("学员");
            Row header = sheet.createRow(0);
            String[] names = {"姓名", "出生年份", "电话", "监护人姓名", "关系", "同意日期"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("李小红");
            row.createCell(1).setCellValue(2014d);
            row.createCell(3).setCellValue("李建国");
            row.createCell(4).setCellValue("父亲");
            row.createCell(5).setCellValue(LocalDate.of(2026, 6, 1));
            row.getCell(5).setCellStyle(date);
            Row parent = sheet.createRow(2);
            parent.createCell(0).setCellValue("王秀英");
            parent.createCell(2).setCellValue(13800001111d);
            workbook.write(out);
            content = out.toByteArray();
        }

        assertThat(parser.parse("学员.xlsx", content)).containsExactly(
                new ParticipantImportRow(2, "李小红", null, null, "2014", null, null, null, "李建国", "父亲",
                        "2026-06-01", null),
                new ParticipantImportRow(3, "王秀英", null, null, null, "13800001111", null, null, null, null, null,
                        null));
    }

    private static byte[] rows(int count) {
        StringBuilder csv = new StringBuilder("姓名,电话\n");
        for (int i = 0; i < count; i++) {
            csv.append("家长").append(i).append(",1380000").append(String.format("%04d", i % 10_000)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
