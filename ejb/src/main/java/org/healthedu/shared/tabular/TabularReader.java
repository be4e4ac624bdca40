package org.healthedu.shared.tabular;

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
 * Reads an uploaded table, CSV or XLSX, for any import (units, participants, …). The format is decided by the bytes,
 * not the name: a file saved as "x.csv" by one program and renamed by another is still read correctly. CSV may be
 * UTF-8 (with or without BOM) or GB18030, which Excel on a Chinese Windows writes. The first non-blank row is the
 * header; columns are found by name (each import says which names, English or Chinese), in any order. Every failure
 * is a broken rule on the field {@code file}, never an exception from the libraries.
 */
public final class TabularReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What Excel on a Chinese Windows writes when it saves "CSV" (not "CSV UTF-8"). */
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            // Blank lines are kept as records so that record numbers stay the row numbers the user sees.
            .setIgnoreEmptyLines(false)
            .get();

    private final int maxRows;
    private final int maxMib;

    /** A reader refusing files of more than {@code maxRows} data rows or {@code maxMib} MiB. */
    public TabularReader(int maxRows, int maxMib) {
        this.maxRows = maxRows;
        this.maxMib = maxMib;
    }

    public int maxBytes() {
        return maxMib * 1024 * 1024;
    }

    public <C extends Enum<C> & TabularColumn> TabularFile<C> read(String filename, byte[] content,
            Class<C> columns) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "import.file.empty");
        }
        if (content.length > maxBytes()) {
            throw DomainException.invalid("file", "import.file.tooLarge", maxMib);
        }
        List<TabularRow> raw;
        if (startsWith(content, ZIP_MAGIC)) {
            raw = readXlsx(content);
        } else if (claimsSpreadsheet(filename)) {
            // A spreadsheet name with other bytes: an old .xls, an encrypted workbook, or a broken download.
            throw unreadable();
        } else {
            raw = readCsv(decode(content));
        }
        return toFile(raw, columns);
    }

    private static <C extends Enum<C> & TabularColumn> TabularFile<C> toFile(List<TabularRow> raw, Class<C> columns) {
        if (raw.isEmpty()) {
            throw DomainException.invalid("file", "import.file.empty");
        }
        Map<C, Integer> positions = new EnumMap<>(columns);
        List<String> header = raw.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            C column = recognise(header.get(i), columns);
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        String missing = Arrays.stream(columns.getEnumConstants())
                .filter(c -> c.required() && !positions.containsKey(c))
                .map(TabularColumn::header)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw DomainException.invalid("file", "import.file.missingColumns", missing);
        }
        List<TabularRow> rows = new ArrayList<>(raw.size() - 1);
        for (TabularRow row : raw.subList(1, raw.size())) {
            // A row with text only in unknown columns (a remark, say) carries nothing to import.
            if (positions.values().stream().anyMatch(p -> row.cell(p) != null)) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw DomainException.invalid("file", "import.file.empty");
        }
        return new TabularFile<>(positions, rows);
    }

    private static <C extends Enum<C> & TabularColumn> C recognise(String headerCell, Class<C> columns) {
        String name = normaliseHeader(headerCell);
        for (C column : columns.getEnumConstants()) {
            if (column.names().contains(name)) {
                return column;
            }
        }
        return null;
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

    private List<TabularRow> readCsv(String text) {
        List<TabularRow> rows = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (!isBlank(cells)) {
                    add(rows, new TabularRow((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // An unclosed quote and the like: commons-csv reports it while iterating.
            throw unreadable();
        }
        return rows;
    }

    private List<TabularRow> readXlsx(byte[] content) {
        List<TabularRow> rows = new ArrayList<>();
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
                    add(rows, new TabularRow(row.getRowNum() + 1, cells));
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
     * The cell as the user sees it, except two kinds of number: whole numbers in "General" format (Excel keeps a typed
     * 12-digit administrative code such as 110101001001 as a number and would show it as 1.10101E+11), and dates,
     * which come out as ISO dates ("2026-07-11") whatever display format the sheet uses.
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC && "General".equalsIgnoreCase(cell.getCellStyle().getDataFormatString())) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return BigDecimal.valueOf(value).toBigInteger().toString();
            }
        }
        return formatter.formatCellValue(cell);
    }

    /** Keeps reading bounded: one row past the limit (header plus {@code maxRows}) is enough to refuse. */
    private void add(List<TabularRow> rows, TabularRow row) {
        if (rows.size() > maxRows) {
            throw DomainException.invalid("file", "import.file.tooManyRows", maxRows);
        }
        rows.add(row);
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /**
     * A header cell as columns are matched: lower case, '_' as space, runs of spaces as one, without the '*' many
     * templates put on required columns and without a BOM left in the first cell by some tools.
     */
    public static String normaliseHeader(String cell) {
        if (cell == null) {
            return "";
        }
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
