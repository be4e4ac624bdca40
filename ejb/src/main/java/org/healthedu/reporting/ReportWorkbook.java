package org.healthedu.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The completion report as an XLSX workbook: one sheet per part (summary with key figures, targets, figures per unit,
 * narrative, attachments, history, changes). Figures are numbers, not text, so they can be summed and charted: counts
 * and money as they are, rates as fractions with a percent format, means with two decimals.
 */
@ApplicationScoped
public class ReportWorkbook {

    public byte[] render(ReportDocument document, Locale locale) {
        return new Writing(ExportLabels.of(locale)).report(document);
    }

    /** The figures alone (no narrative, attachments or history): summary, targets and figures per unit. */
    public byte[] figures(ReportFigures figures, Locale locale) {
        return new Writing(ExportLabels.of(locale)).figures(figures);
    }

    private static final class Writing {

        private final ExportLabels labels;
        private final XSSFWorkbook book = new XSSFWorkbook();
        private final CellStyle head;
        private final CellStyle percent;
        private final CellStyle mean;
        private final CellStyle money;
        private final CellStyle wrap;

        Writing(ExportLabels labels) {
            this.labels = labels;
            Font bold = book.createFont();
            bold.setBold(true);
            head = book.createCellStyle();
            head.setFont(bold);
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            mean = book.createCellStyle();
            mean.setDataFormat(book.createDataFormat().getFormat("0.00"));
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            wrap = book.createCellStyle();
            wrap.setWrapText(true);
        }

        /** The figures being written: what marks a hidden small cell. */
        private ReportFigures shown;

        byte[] report(ReportDocument doc) {
            ReportFigures f = doc.figures();
            shown = f;
            Sheet summary = sheet("sheet.summary");
            int r = 0;
            r = pair(summary, r, "report.project", labels.name(f.projectNameZh(), f.projectNameEn()));
            r = pair(summary, r, "column.code", f.projectCode());
            r = pair(summary, r, "report.unit", labels.name(doc.unitNameZh(), doc.unitNameEn()));
            r = pair(summary, r, "column.code", doc.unitCode());
            r = pair(summary, r, "report.reviewer", labels.name(doc.reviewerUnitNameZh(), doc.reviewerUnitNameEn()));
            ReportPeriod period = doc.period() != null ? doc.period() : f.period();
            r = pair(summary, r, "report.period", period.iso());
            r = pair(summary, r, "report.status", labels.text("status." + (doc.status() == null ? "NONE"
                    : doc.status())));
            r = pair(summary, r, "report.prepared", labels.instant(doc.preparedAt()));
            r = pair(summary, r, doc.frozen() ? "report.frozen" : "report.live", "");
            if (doc.changes() != null && !doc.changes().isEmpty()) {
                r = pair(summary, r, "sheet.changes", String.valueOf(doc.changes().size()));
            }
            keyFigures(summary, r + 1, f.total());
            targets(f);
            units(f);

            Sheet narrative = sheet("sheet.narrative");
            header(narrative, "column.section", "column.text");
            Map<SectionKind, String> sections = doc.sections() == null ? Map.of() : doc.sections();
            int n = 1;
            for (SectionKind kind : SectionKind.values()) {
                Row row = narrative.createRow(n++);
                row.createCell(0).setCellValue(labels.text("section." + kind.name()));
                Cell body = row.createCell(1);
                body.setCellValue(sections.getOrDefault(kind, ""));
                body.setCellStyle(wrap);
            }
            narrative.setColumnWidth(0, 16 * 256);
            narrative.setColumnWidth(1, 100 * 256);

            Sheet attachments = sheet("sheet.attachments");
            header(attachments, "column.kind", "column.caption", "column.fileName", "column.size");
            n = 1;
            for (ReportDocument.Attachment a : list(doc.attachments())) {
                Row row = attachments.createRow(n++);
                row.createCell(0).setCellValue(labels.text("attachment." + a.kind()));
                row.createCell(1).setCellValue(a.caption() == null ? "" : a.caption());
                row.createCell(2).setCellValue(a.fileName());
                row.createCell(3).setCellValue((a.sizeBytes() + 1023) / 1024);
            }
            widths(attachments, 12, 40, 40, 10);

            Sheet history = sheet("sheet.history");
            header(history, "column.at", "column.action", "column.fromTo", "column.actor", "column.comment");
            n = 1;
            for (ReportDocument.Event e : list(doc.history())) {
                Row row = history.createRow(n++);
                row.createCell(0).setCellValue(labels.instant(e.at()));
                row.createCell(1).setCellValue(labels.text("action." + e.action()));
                row.createCell(2).setCellValue((e.from() == null ? "" : labels.text("status." + e.from())) + " → "
                        + (e.to() == null ? "" : labels.text("status." + e.to())));
                row.createCell(3).setCellValue(e.actorName() == null ? "" : e.actorName());
                row.createCell(4).setCellValue(e.comment() == null ? "" : e.comment());
            }
            widths(history, 18, 14, 20, 16, 60);

            Sheet changes = sheet("sheet.changes");
            header(changes, "column.unit", "column.measure", "column.dataElement", "column.frozen", "column.now");
            n = 1;
            for (ReportDocument.Change c : list(doc.changes())) {
                Row row = changes.createRow(n++);
                Measure m = ExportLabels.measureOf(c.measure());
                row.createCell(0).setCellValue(c.unitId() == null ? labels.text("total")
                        : c.unitNameZh() == null ? "" : c.unitNameZh());
                row.createCell(1).setCellValue(labels.measure(c.measure()));
                row.createCell(2).setCellValue(m == null ? c.measure() : m.dataElementCode());
                number(row.createCell(3), m, c.frozen());
                number(row.createCell(4), m, c.now());
            }
            widths(changes, 24, 24, 28, 14, 14);
            return bytes();
        }

        byte[] figures(ReportFigures f) {
            shown = f;
            Sheet summary = sheet("sheet.summary");
            int r = 0;
            r = pair(summary, r, "report.project", labels.name(f.projectNameZh(), f.projectNameEn()));
            r = pair(summary, r, "column.code", f.projectCode());
            r = pair(summary, r, "report.unit", labels.name(f.total().nameZh(), f.total().nameEn()));
            r = pair(summary, r, "column.code", f.total().code());
            r = pair(summary, r, "report.period", f.period().iso());
            r = pair(summary, r, "report.prepared", labels.instant(f.computedAt()));
            keyFigures(summary, r + 1, f.total());
            targets(f);
            units(f);
            return bytes();
        }

        private void keyFigures(Sheet sheet, int first, UnitFigures total) {
            Row heads = sheet.createRow(first);
            cell(heads, 0, labels.text("column.measure"), head);
            cell(heads, 1, labels.text("column.value"), head);
            cell(heads, 2, labels.text("column.dataElement"), head);
            int r = first + 1;
            for (Measure m : Measure.values()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(labels.measure(m.name()));
                figure(row, 1, total, m);
                row.createCell(2).setCellValue(m.dataElementCode());
            }
            String note = labels.smallCellsNote(shown);
            if (note != null) {
                sheet.createRow(r + 1).createCell(0).setCellValue(note);
            }
            widths(sheet, 28, 40, 28);
        }

        private void targets(ReportFigures f) {
            Sheet sheet = sheet("sheet.targets");
            header(sheet, "column.code", "column.indicator", "column.planned", "column.achieved", "column.percent",
                    "column.expected", "column.state");
            int r = 1;
            for (TargetProgress t : list(f.targets())) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(t.indicatorCode());
                row.createCell(1).setCellValue(labels.name(t.nameZh(), t.nameEn()));
                if (t.planned() != null) {
                    row.createCell(2).setCellValue(t.planned());
                }
                if (t.achieved() != null) {
                    row.createCell(3).setCellValue(t.achieved());
                }
                if (t.planned() != null && t.achieved() != null) {
                    cell(row, 4, t.percent() / 100, percent);
                }
                cell(row, 5, t.expectedPercent() / 100, percent);
                row.createCell(6).setCellValue(labels.text("state." + t.state()));
            }
            widths(sheet, 24, 30, 12, 12, 12, 12, 14);
        }

        /** One row per child unit and a total row; one column per measure, headed by its name and data element. */
        private void units(ReportFigures f) {
            Sheet sheet = sheet("sheet.units");
            Row names = sheet.createRow(0);
            Row codes = sheet.createRow(1);
            cell(names, 0, labels.text("column.unit"), head);
            cell(names, 1, labels.text("column.code"), head);
            cell(names, 2, labels.text("column.level"), head);
            codes.createCell(0).setCellValue(labels.text("column.dataElement"));
            Measure[] measures = Measure.values();
            for (int i = 0; i < measures.length; i++) {
                cell(names, 3 + i, labels.measure(measures[i].name()), head);
                codes.createCell(3 + i).setCellValue(measures[i].dataElementCode());
            }
            int r = 2;
            List<UnitFigures> rows = new ArrayList<>(list(f.children()));
            for (UnitFigures unit : rows) {
                unitRow(sheet.createRow(r++), labels.name(unit.nameZh(), unit.nameEn()), unit, measures);
            }
            unitRow(sheet.createRow(r), labels.text("total"), f.total(), measures);
            String note = labels.smallCellsNote(f);
            if (note != null) {
                // Beside the heads, so that the last row stays the total.
                names.createCell(3 + measures.length).setCellValue(note);
            }
            sheet.createFreezePane(1, 2);
            sheet.setColumnWidth(0, 28 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            for (int i = 0; i < measures.length; i++) {
                sheet.setColumnWidth(3 + i, 14 * 256);
            }
        }

        private void unitRow(Row row, String name, UnitFigures unit, Measure[] measures) {
            row.createCell(0).setCellValue(name);
            row.createCell(1).setCellValue(unit.code() == null ? "" : unit.code());
            String level = unit.level() == null ? "" : unit.level();
            row.createCell(2).setCellValue("SITE".equals(level) ? labels.text("level.SITE") : level);
            for (int i = 0; i < measures.length; i++) {
                figure(row, 3 + i, unit, measures[i]);
            }
        }

        /** A unit's value of a measure: a number, "<5" (text) for a hidden small cell, nothing when absent. */
        private void figure(Row row, int column, UnitFigures unit, Measure measure) {
            if (unit.isSuppressed(measure)) {
                row.createCell(column).setCellValue(labels.cell(shown, unit, measure));
                return;
            }
            BigDecimal v = unit.value(measure);
            if (v != null) {
                number(row.createCell(column), measure, v);
            }
        }

        private void number(Cell cell, Measure measure, BigDecimal value) {
            if (value == null) {
                return;
            }
            cell.setCellValue(value.doubleValue());
            Measure.Kind kind = measure == null ? Measure.Kind.COUNT : measure.kind();
            switch (kind) {
                case RATE -> cell.setCellStyle(percent);
                case MEAN -> cell.setCellStyle(mean);
                case MONEY -> cell.setCellStyle(money);
                case COUNT -> { }
            }
        }

        private Sheet sheet(String key) {
            return book.createSheet(WorkbookUtil.createSafeSheetName(labels.text(key)));
        }

        private int pair(Sheet sheet, int r, String key, String value) {
            Row row = sheet.createRow(r);
            cell(row, 0, labels.text(key), head);
            row.createCell(1).setCellValue(value == null ? "" : value);
            return r + 1;
        }

        private void header(Sheet sheet, String... keys) {
            Row row = sheet.createRow(0);
            for (int i = 0; i < keys.length; i++) {
                cell(row, i, labels.text(keys[i]), head);
            }
            sheet.createFreezePane(0, 1);
        }

        private static void cell(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private static void cell(Row row, int column, double value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private static void widths(Sheet sheet, int... chars) {
            for (int i = 0; i < chars.length; i++) {
                sheet.setColumnWidth(i, chars[i] * 256);
            }
        }

        private byte[] bytes() {
            try (Workbook workbook = book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
