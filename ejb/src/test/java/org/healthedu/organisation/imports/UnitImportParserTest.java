package org.healthedu.organisation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.Test;

class UnitImportParserTest {

    private static final String HEADER = "code,parent_code,kind,name_zh,name_en\n";

    private final UnitImportParser parser = new UnitImportParser();

    @Test
    void readsUtf8CsvWithBom() {
        byte[] text = (HEADER + "cn-310115,CN-31,县,浦东新区,Pudong\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        List<UnitImportRow> rows = parser.parse("units.csv", withBom);

        assertThat(rows).containsExactly(new UnitImportRow(2, "cn-310115", "CN-31", "县", "浦东新区", "Pudong"));
    }

    @Test
    void readsGb18030CsvAsSavedByChineseExcel() {
        byte[] content = "编码,上级编码,层级,名称\nXQ01,CITY1,县,新区县\n".getBytes(Charset.forName("GB18030"));

        List<UnitImportRow> rows = parser.parse("units.csv", content);

        assertThat(rows).containsExactly(new UnitImportRow(2, "XQ01", "CITY1", "县", "新区县", null));
    }

    @Test
    void keepsCommasAndQuotesInsideQuotedCells() {
        byte[] content = (HEADER + "E1,T1,企业,\"某某公司,二分厂\",\"Plant \"\"B\"\", Ltd\"\n")
                .getBytes(StandardCharsets.UTF_8);

        List<UnitImportRow> rows = parser.parse("units.csv", content);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.nameZh()).isEqualTo("某某公司,二分厂");
            assertThat(row.nameEn()).isEqualTo("Plant \"B\", Ltd");
        });
    }

    @Test
    void findsChineseHeadersInAnyOrder() {
        byte[] content = "英文名称,名称,类型,上级代码,代码\nTown One,一镇,乡镇,C1,T1\n".getBytes(StandardCharsets.UTF_8);

        List<UnitImportRow> rows = parser.parse("units.csv", content);

        assertThat(rows).containsExactly(new UnitImportRow(2, "T1", "C1", "乡镇", "一镇", "Town One"));
    }

    @Test
    void findsEnglishHeadersCaseInsensitivelyWithSpacesAndUnknownColumns() {
        byte[] content = "Remark, Name ,LEVEL,Parent Code,Code,English Name\nnote,一镇,township,C1,T1,Town\n"
                .getBytes(StandardCharsets.UTF_8);

        List<UnitImportRow> rows = parser.parse("units.csv", content);

        assertThat(rows).containsExactly(new UnitImportRow(2, "T1", "C1", "township", "一镇", "Town"));
    }

    @Test
    void skipsBlankRowsButKeepsTheLineNumbersTheUserSees() {
        String csv = HEADER + "\n" + "T1,C1,乡镇,一镇,\n" + ",,,,\n" + "  , ,\n" + "T2, C1 ,乡镇, 二镇 ,\r\n";

        List<UnitImportRow> rows = parser.parse("units.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).containsExactly(
                new UnitImportRow(3, "T1", "C1", "乡镇", "一镇", null),
                new UnitImportRow(6, "T2", "C1", "乡镇", "二镇", null));
    }

    @Test
    void shortRowsLeaveTheMissingCellsNull() {
        byte[] content = (HEADER + "T1,C1\n").getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse("units.csv", content))
                .containsExactly(new UnitImportRow(2, "T1", "C1", null, null, null));
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        byte[] content = "code,name,name_en\nT1,一镇,Town\n".getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> parser.parse("units.csv", content), "import.file.missingColumns", "parent_code, kind");
    }

    @Test
    void nameEnIsOptional() {
        byte[] content = "code,parent code,kind,name_zh\nT1,C1,TOWNSHIP,一镇\n".getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse("units.csv", content))
                .containsExactly(new UnitImportRow(2, "T1", "C1", "TOWNSHIP", "一镇", null));
    }

    @Test
    void refusesEmptyFiles() {
        assertRefused(() -> parser.parse("units.csv", new byte[0]), "import.file.empty");
        assertRefused(() -> parser.parse("units.csv", null), "import.file.empty");
        assertRefused(() -> parser.parse("units.csv", "\n\n".getBytes(StandardCharsets.UTF_8)), "import.file.empty");
        assertRefused(() -> parser.parse("units.csv", (HEADER + ",,,,\n\n").getBytes(StandardCharsets.UTF_8)),
                "import.file.empty");
    }

    @Test
    void refusesMoreThanFiveThousandRows() {
        assertThat(parser.parse("units.csv", csvWithRows(5_000))).hasSize(5_000);
        assertRefused(() -> parser.parse("units.csv", csvWithRows(5_001)), "import.file.tooManyRows", 5_000);
    }

    @Test
    void refusesFilesOverFiveMebibytes() {
        byte[] content = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(content, (byte) 'a');

        assertRefused(() -> parser.parse("units.csv", content), "import.file.tooLarge", 5);
    }

    @Test
    void refusesAnUnclosedQuote() {
        byte[] content = (HEADER + "T1,C1,乡镇,\"一镇,\n").getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> parser.parse("units.csv", content), "import.file.unreadable");
    }

    @Test
    void refusesBinaryContentUnderACsvName() {
        byte[] content = {0x00, 0x01, 'c', 'o', 'd', 'e', 0x00, 0x7F};

        assertRefused(() -> parser.parse("units.csv", content), "import.file.unreadable");
    }

    @Test
    void readsXlsxBuiltWithPoi() throws IOException {
        byte[] content = xlsx(sheet -> {
            row(sheet, 0, "上级编码", "编码", "层级", "中文名称", "英文名称");
            row(sheet, 1, "C1", "T1", "乡镇", "一镇", "Town One");
            // Row 3 left out entirely, row 4 present but blank: both skipped.
            row(sheet, 3, "", " ", null, null, null);
            Row numeric = sheet.createRow(4);
            numeric.createCell(0).setCellValue("T1");
            numeric.createCell(1).setCellValue(110101001001d);
            numeric.createCell(2).setCellValue("社区");
            numeric.createCell(3).setCellValue("一村");
        });

        List<UnitImportRow> rows = parser.parse("units.xlsx", content);

        assertThat(rows).containsExactly(
                new UnitImportRow(2, "T1", "C1", "乡镇", "一镇", "Town One"),
                new UnitImportRow(5, "110101001001", "T1", "社区", "一村", null));
    }

    @Test
    void choosesXlsxByContentNotByName() throws IOException {
        byte[] content = xlsx(sheet -> {
            row(sheet, 0, "code", "parent_code", "kind", "name_zh");
            row(sheet, 1, "T1", "C1", "TOWNSHIP", "一镇");
        });

        assertThat(parser.parse("units.csv", content))
                .containsExactly(new UnitImportRow(2, "T1", "C1", "TOWNSHIP", "一镇", null));
    }

    @Test
    void refusesAnXlsxWithoutRequiredColumns() throws IOException {
        byte[] content = xlsx(sheet -> {
            row(sheet, 0, "code", "name_zh");
            row(sheet, 1, "T1", "一镇");
        });

        assertRefused(() -> parser.parse("units.xlsx", content), "import.file.missingColumns", "parent_code, kind");
    }

    @Test
    void refusesGarbageNamedXlsx() {
        byte[] garbage = "this is not a spreadsheet at all".getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> parser.parse("units.xlsx", garbage), "import.file.unreadable");
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() {
        byte[] zipLike = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertRefused(() -> parser.parse("units.xlsx", zipLike), "import.file.unreadable");
    }

    private static byte[] csvWithRows(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("K").append(i).append(",T1,社区,村").append(i).append(",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface SheetFiller {
        void fill(Sheet sheet);
    }

    private static byte[] xlsx(SheetFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(workbook.createSheet("units"));
            workbook.createSheet("ignored").createRow(0).createCell(0).setCellValue("code");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    private static void assertRefused(Runnable parse, String key, Object... args) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.args()).containsExactly(args);
        });
    }
}
