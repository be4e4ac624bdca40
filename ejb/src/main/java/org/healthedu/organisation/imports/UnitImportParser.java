package org.healthedu.organisation.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthedu.shared.DomainException;

/**
 * Reads an uploaded unit file, CSV or XLSX, into rows. The format is decided by the bytes, not the name: a file saved
 * as "units.csv" by one program and renamed by another is still read correctly. The first non-blank row is the header;
 * columns are found by name (English or Chinese), in any order.
 */
public class UnitImportParser {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_MIB = 5;
    static final int MAX_BYTES = MAX_MIB * 1024 * 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What Excel on a Chinese Windows writes when it saves "CSV" (not "CSV UTF-8"). */
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            // Blank lines are kept as records so that record numbers stay the row numbers the user sees.
            .setIgnoreEmptyLines(false)
            .get();

    /** The columns of the file, with the header names each is recognised by (compared lower-case, '_' as space). */
    enum Column {
        CODE("code", true, "code", "编码", "代码", "单位编码", "单位代码"),
        PARENT_CODE("parent_code", true, "parent code", "上级编码", "上级代码", "上级单位编码", "上级单位代码"),
        KIND("kind", true, "kind", "level", "层级", "类型", "级别"),
        NAME_ZH("name_zh", true, "name zh", "name", "名称", "中文名称", "单位名称"),
        NAME_EN("name_en", false, "name en", "英文名称", "english name");

        final String header;
        final boolean required;
        final List<String> names;

        Column(String header, boolean required, String... names) {
            this.header = header;
            this.required = required;
            this.names = List.of(names);
        }

        static Column recognise(String headerCell) {
            String name = normaliseHeader(headerCell);
            for (Column column : values()) {
                if (column.names.contains(name)) {
                    return column;
                }
            }
            return null;
        }
    }

    /** A row of cells as read, before the header gives them meaning. */
    private record RawRow(int line, List<String> cells) {
    }

    public List<UnitImportRow> parse(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("file", "import.file.tooLarge", MAX_MIB);
        }
        List<RawRow> raw;
        if (startsWith(content, ZIP_MAGIC)) {
            raw = readXlsx(content);
        } else if (claimsSpreadsheet(filename)) {
            // A spreadsheet name with other bytes: an old .xls, an encrypted workbook, or a broken download.
            throw unreadable();
        } else {
            raw = readCsv(decode(content));
        }
        return toRows(raw);
    }

    private static List<UnitImportRow> toRows(List<RawRow> raw) {
        if (raw.isEmpty()) {
            throw DomainException.invalid("file", "import.file.empty");
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> header = raw.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.recognise(header.get(i));
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        String missing = Arrays.stream(Column.values())
                .filter(c -> c.required && !positions.containsKey(c))
                .map(c -> c.header)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw DomainException.invalid("file", "import.file.missingColumns", missing);
        }
        List<UnitImportRow> rows = new ArrayList<>(raw.size() - 1);
        for (RawRow r : raw.subList(1, raw.size())) {
            UnitImportRow row = new UnitImportRow(r.line(), cell(r, positions.get(Column.CODE)),
                    cell(r, positions.get(Column.PARENT_CODE)), cell(r, positions.get(Column.KIND)),
                    cell(r, positions.get(Column.NAME_ZH)), cell(r, positions.get(Column.NAME_EN)));
            // A row with text only in unknown columns (a remark, say) carries no unit.
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw DomainException.invalid("file", "import.file.empty");
        }
        return rows;
    }

    private static String cell(RawRow row, Integer position) {
        return position == null || position >= row.cells().size() ? null : row.cells().get(position);
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030, which Chinese Excel writes. */
    static String decode(byte[] content) {
        int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        String text;
        try {
            text = strictDecode(StandardCharsets.UTF_8, bytes.duplicate());
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strictDecode(GB18030, bytes.duplicate());
            } catch (CharacterCodingException notGb) {
                throw unreadable();
            }
        }
        // NUL never occurs in a text file; it means binary content under a .csv name.
        if (text.indexOf('\u0000') >= 0) {
            throw unreadable();
        }
        return text;
    }

    private static String strictDecode(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes)
                .toString();
    }

    private static List<RawRow> readCsv(String text) {
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (!isBlank(cells)) {
                    add(rows, new RawRow((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // An unclosed quote and the like: commons-csv reports it while iterating.
            throw unreadable();
        }
        return rows;
    }

    private static List<RawRow> readXlsx(byte[] content) {
        List<RawRow> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            // The value the user saw when they saved, not the formula's text.
            formatter.setUseCachedValuesForFormulaCells(true);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (!isBlank(cells)) {
                    add(rows, new RawRow(row.getRowNum() + 1, cells));
                }
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Not OOXML, truncated, or a zip of something else (ODS, DOCX): POI says so in many exception types.
            throw unreadable();
        }
        return rows;
    }

    /**
     * The cell as the user sees it, except whole numbers in "General" format: Excel keeps a typed 12-digit
     * administrative code such as 110101001001 as a number and would show it as 1.10101E+11.
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                && "General".equalsIgnoreCase(cell.getCellStyle().getDataFormatString())) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return BigDecimal.valueOf(value).toBigInteger().toString();
            }
        }
        return formatter.formatCellValue(cell);
    }

    /** Keeps reading bounded: one row past the limit (header plus {@link #MAX_ROWS}) is enough to refuse. */
    private static void add(List<RawRow> rows, RawRow row) {
        if (rows.size() > MAX_ROWS) {
            throw DomainException.invalid("file", "import.file.tooManyRows", MAX_ROWS);
        }
        rows.add(row);
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String normaliseHeader(String cell) {
        if (cell == null) {
            return "";
        }
        // '*' marks required columns in many templates; '\uFEFF' is a BOM left in the first cell by some tools.
        return cell.replace("\uFEFF", "").replace("*", "").replace('_', ' ').replace('\u3000', ' ')
                .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean claimsSpreadsheet(String filename) {
        String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static DomainException unreadable() {
        return DomainException.invalid("file", "import.file.unreadable");
    }
}
