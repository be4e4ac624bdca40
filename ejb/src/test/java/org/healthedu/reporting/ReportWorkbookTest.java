package org.healthedu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

    @Test
    void oneSheetPerPartWithFiguresAsNumbers() throws IOException {
        byte[] bytes = new ReportWorkbook().render(SampleReports.document(), Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("概要", "目标", "分单位数据", "总结", "附件", "处理记录", "变动");

            Sheet units = book.getSheet("分单位数据");
            Row codes = units.getRow(1);
            int held = column(codes, Measure.SESSIONS_HELD.dataElementCode());
            int rate = column(codes, Measure.ATTENDANCE_RATE.dataElementCode());
            assertThat(units.getRow(2).getCell(0).getStringCellValue()).isEqualTo("宜城街道");
            assertThat(units.getRow(2).getCell(held).getNumericCellValue()).isEqualTo(8);
            assertThat(units.getRow(3).getCell(2).getStringCellValue()).isEqualTo("项目点");
            assertThat(units.getRow(4).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(units.getRow(4).getCell(held).getNumericCellValue()).isEqualTo(12);
            assertThat(units.getRow(4).getCell(rate).getNumericCellValue()).isEqualTo(0.8125);

            Sheet targets = book.getSheet("目标");
            assertThat(targets.getRow(1).getCell(0).getStringCellValue()).isEqualTo("PARENTS_TRAINED");
            assertThat(targets.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(100);
            assertThat(targets.getRow(1).getCell(6).getStringCellValue()).isEqualTo("进度落后");
            assertThat(book.getSheet("总结").getRow(1).getCell(1).getStringCellValue()).startsWith("本月在宝东社区");
            assertThat(book.getSheet("处理记录").getRow(3).getCell(4).getStringCellValue()).isEqualTo("很好");
            assertThat(book.getSheet("变动").getRow(1).getCell(4).getNumericCellValue()).isEqualTo(13);
        }
    }

    @Test
    void figuresWorkbookHasNoNarrative() throws IOException {
        byte[] bytes = new ReportWorkbook().figures(SampleReports.figures(), Locale.ENGLISH);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Targets", "Figures by unit");
        }
    }

    private static int column(Row row, String text) {
        for (int i = 0; i < row.getLastCellNum(); i++) {
            if (row.getCell(i) != null && text.equals(row.getCell(i).getStringCellValue())) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }
}
