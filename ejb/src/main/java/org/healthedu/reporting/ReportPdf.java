package org.healthedu.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.healthedu.shared.pdf.PdfBars;
import org.healthedu.shared.pdf.PdfFonts;

/**
 * The completion report as a PDF in the association's style (the look of the sign-in sheet and the feedback summary:
 * Noto Sans SC, grey header rows, blue bars): a cover page with who reports what to whom and where the report stands,
 * then the key figures, targets against achievement, attendance and satisfaction bars per child unit, the narrative,
 * the children's figures, attachments, changes since submission and the history. Chinese, or English on request.
 */
@ApplicationScoped
public class ReportPdf {

    /** The figures in the children's table (the workbook has them all). */
    static final List<Measure> CHILD_COLUMNS = List.of(Measure.SESSIONS_HELD, Measure.ENROLLED, Measure.COMPLETED,
            Measure.ATTENDANCE_RATE, Measure.FEEDBACK_RESPONSES, Measure.SATISFACTION_MEAN, Measure.REACHED);

    /** The key figures on the first page after the cover. */
    static final List<Measure> KEY_FIGURES = List.of(Measure.SESSIONS_HELD, Measure.SITES_COVERED, Measure.ENROLLED,
            Measure.COMPLETED, Measure.CONTACTS, Measure.ATTENDANCE_RATE, Measure.FEEDBACK_RESPONSES,
            Measure.SATISFACTION_MEAN, Measure.REACHED, Measure.REACHED_BY_PEERS, Measure.HOSTS_CERTIFIED,
            Measure.FUNDS_SPENT);

    /** Bars per chart: the units with the most contacts beyond this are left to the table. */
    static final int CHART_BARS = 20;

    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color BAR = new Color(0x3B, 0x82, 0xF6);
    private static final Color BAR_SATISFACTION = new Color(0x0D, 0x94, 0x88);
    private static final Color TRACK = new Color(0xEE, 0xF2, 0xF7);
    private static final Color WARN = new Color(0xB9, 0x1C, 0x1C);

    public byte[] render(ReportDocument document, Locale locale) {
        return new Drawing(document, ExportLabels.of(locale)).draw();
    }

    private static final class Drawing {

        private final ReportDocument doc;
        private final ReportFigures figures;
        private final ExportLabels labels;
        private final BaseFont base = PdfFonts.base();
        private final Font cover = PdfFonts.bold(base, 22);
        private final Font heading = PdfFonts.bold(base, 13);
        private final Font text = PdfFonts.font(base, 9.5f);
        private final Font small = PdfFonts.font(base, 8);
        private final Font bold = PdfFonts.bold(base, 9.5f);
        private final Font warn;

        Drawing(ReportDocument doc, ExportLabels labels) {
            this.doc = doc;
            this.figures = doc.figures();
            this.labels = labels;
            this.warn = new Font(base, 10, Font.BOLD, WARN);
        }

        byte[] draw() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document pdf = new Document(PageSize.A4, 42, 42, 42, 48);
            try {
                PdfWriter writer = PdfWriter.getInstance(pdf, out);
                writer.setPageEvent(new Footer());
                pdf.addTitle(title() + " " + projectName());
                pdf.open();
                cover(pdf);
                pdf.newPage();
                keyFigures(pdf);
                targets(pdf);
                charts(pdf);
                narrative(pdf);
                children(pdf);
                attachments(pdf);
                changes(pdf);
                history(pdf);
            } catch (DocumentException e) {
                throw new IllegalStateException("report PDF not drawn", e);
            } finally {
                if (pdf.isOpen()) {
                    pdf.close();
                }
            }
            return out.toByteArray();
        }

        private String title() {
            return labels.text(doc.status() == null ? "report.figuresTitle" : "report.title");
        }

        private String projectName() {
            return labels.name(figures.projectNameZh(), figures.projectNameEn());
        }

        private void cover(Document pdf) throws DocumentException {
            Paragraph association = new Paragraph(labels.name(doc.unitNameZh(), doc.unitNameEn()), heading);
            association.setAlignment(Element.ALIGN_CENTER);
            association.setSpacingBefore(90);
            pdf.add(association);
            Paragraph title = new Paragraph(title(), cover);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(18);
            title.setSpacingAfter(40);
            pdf.add(title);

            PdfPTable facts = new PdfPTable(new float[] {1.3f, 3.7f});
            facts.setWidthPercentage(80);
            fact(facts, "report.project", projectName() + "  (" + nullToEmpty(figures.projectCode()) + ")");
            fact(facts, "report.unit", labels.name(doc.unitNameZh(), doc.unitNameEn()) + "  ("
                    + nullToEmpty(doc.unitCode()) + ")");
            if (doc.reviewerUnitNameZh() != null) {
                fact(facts, "report.reviewer", labels.name(doc.reviewerUnitNameZh(), doc.reviewerUnitNameEn()));
            }
            ReportPeriod period = doc.period() != null ? doc.period() : figures.period();
            fact(facts, "report.period", period.iso() + "  (" + period.start() + " – " + period.end() + ")");
            if (doc.status() != null) {
                fact(facts, "report.status", labels.text("status." + doc.status()));
                ReportDocument.Event submitted = last("SUBMITTED");
                ReportDocument.Event accepted = last("ACCEPTED");
                fact(facts, "report.submitted", submitted == null ? labels.text("report.notYet")
                        : labels.format("report.by", submitted.actorName(), labels.instant(submitted.at())));
                fact(facts, "report.accepted", accepted == null ? labels.text("report.notYet")
                        : labels.format("report.by", accepted.actorName(), labels.instant(accepted.at())));
            }
            fact(facts, "report.prepared", labels.instant(doc.preparedAt()));
            pdf.add(facts);

            Paragraph basis = new Paragraph(labels.text(doc.frozen() ? "report.frozen" : "report.live"), small);
            basis.setAlignment(Element.ALIGN_CENTER);
            basis.setSpacingBefore(20);
            pdf.add(basis);
            if (doc.changes() != null && !doc.changes().isEmpty()) {
                Paragraph changed = new Paragraph(labels.format("report.changed", doc.changes().size()), warn);
                changed.setAlignment(Element.ALIGN_CENTER);
                changed.setSpacingBefore(6);
                pdf.add(changed);
            }
        }

        private ReportDocument.Event last(String action) {
            ReportDocument.Event found = null;
            for (ReportDocument.Event event : list(doc.history())) {
                if (action.equals(event.action()) && (found == null || !event.at().isBefore(found.at()))) {
                    found = event;
                }
            }
            return found;
        }

        private void fact(PdfPTable facts, String key, String value) {
            PdfPCell name = new PdfPCell(new Phrase(labels.text(key), bold));
            name.setBorder(Rectangle.BOTTOM);
            name.setBorderColor(RULE);
            name.setPadding(6);
            facts.addCell(name);
            PdfPCell cell = new PdfPCell(new Phrase(value, text));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setPadding(6);
            facts.addCell(cell);
        }

        private void section(Document pdf, String key) throws DocumentException {
            Paragraph head = new Paragraph(labels.text(key), heading);
            head.setSpacingBefore(14);
            head.setSpacingAfter(6);
            pdf.add(head);
        }

        private void keyFigures(Document pdf) throws DocumentException {
            section(pdf, "section.keyFigures");
            PdfPTable table = new PdfPTable(new float[] {2.2f, 1f, 2.2f, 1f});
            table.setWidthPercentage(100);
            for (Measure measure : KEY_FIGURES) {
                table.addCell(cell(labels.measure(measure.name()), text, HEAD));
                table.addCell(number(labels.cell(figures, figures.total(), measure), bold));
            }
            if (KEY_FIGURES.size() % 2 == 1) {
                table.addCell(cell("", text, null));
                table.addCell(cell("", text, null));
            }
            pdf.add(table);
        }

        private void targets(Document pdf) throws DocumentException {
            section(pdf, "section.targets");
            if (list(figures.targets()).isEmpty()) {
                pdf.add(new Paragraph(labels.text("none"), text));
                return;
            }
            PdfPTable table = table(new float[] {3f, 1.1f, 1.1f, 1f, 1.1f, 1.3f}, "column.indicator",
                    "column.planned", "column.achieved", "column.percent", "column.expected", "column.state");
            for (TargetProgress t : figures.targets()) {
                String unit = labels.name(t.unitZh(), t.unitEn());
                table.addCell(cell(labels.name(t.nameZh(), t.nameEn()) + (unit.isEmpty() ? "" : "（" + unit + "）"),
                        text, null));
                table.addCell(number(t.planned() == null ? "—" : String.format(Locale.ROOT, "%,d", t.planned()), text));
                table.addCell(number(t.achieved() == null ? "—" : String.format(Locale.ROOT, "%,d", t.achieved()), text));
                boolean compared = t.planned() != null && t.achieved() != null;
                table.addCell(number(compared ? ExportLabels.percent(t.percent()) : "—", text));
                table.addCell(number(ExportLabels.percent(t.expectedPercent()), text));
                Font stateFont = t.state() == TargetProgress.State.BEHIND ? warn : text;
                table.addCell(cell(labels.text("state." + t.state()), stateFont, null));
            }
            pdf.add(table);
        }

        private void charts(Document pdf) throws DocumentException {
            section(pdf, "section.charts");
            List<UnitFigures> units = list(figures.children()).isEmpty() ? List.of(figures.total())
                    : figures.children();
            units = units.stream()
                    .sorted((a, b) -> Long.compare(b.count(Measure.CONTACTS), a.count(Measure.CONTACTS)))
                    .limit(CHART_BARS).toList();
            chart(pdf, "chart.attendance", units, Measure.ATTENDANCE_RATE, u -> u.value(Measure.ATTENDANCE_RATE),
                    BigDecimal.ONE, BAR);
            BigDecimal most = units.stream().map(u -> u.value(Measure.SATISFACTION_MEAN))
                    .filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::max);
            // Satisfaction is on the form's scale (often 1..5): bars scale to 5 or to the highest mean if above.
            chart(pdf, "chart.satisfaction", units, Measure.SATISFACTION_MEAN,
                    u -> u.value(Measure.SATISFACTION_MEAN), most.max(BigDecimal.valueOf(5)), BAR_SATISFACTION);
        }

        /** A horizontal bar chart drawn as table cells: name, bar scaled to {@code full}, value. */
        private void chart(Document pdf, String titleKey, List<UnitFigures> units, Measure measure,
                Function<UnitFigures, BigDecimal> value, BigDecimal full, Color colour) throws DocumentException {
            Paragraph title = new Paragraph(labels.text(titleKey), bold);
            title.setSpacingBefore(6);
            title.setSpacingAfter(3);
            pdf.add(title);
            if (units.stream().allMatch(u -> value.apply(u) == null)) {
                pdf.add(new Paragraph(labels.text("chart.none"), small));
                return;
            }
            PdfPTable table = new PdfPTable(new float[] {2f, 5f, 0.9f});
            table.setWidthPercentage(100);
            for (UnitFigures unit : units) {
                BigDecimal v = value.apply(unit);
                table.addCell(plain(new Phrase(labels.name(unit.nameZh(), unit.nameEn()), small)));
                float share = v == null || full.signum() == 0 ? 0 : Math.min(1f, v.floatValue() / full.floatValue());
                table.addCell(PdfBars.bar(share, small, colour, TRACK, 9));
                PdfPCell figure = plain(new Phrase(ExportLabels.value(measure, v), small));
                figure.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(figure);
            }
            pdf.add(table);
        }

        private void narrative(Document pdf) throws DocumentException {
            if (doc.status() == null) {
                return;
            }
            section(pdf, "section.narrative");
            Map<SectionKind, String> sections = doc.sections() == null ? Map.of() : doc.sections();
            for (SectionKind kind : SectionKind.values()) {
                Paragraph head = new Paragraph(labels.text("section." + kind.name()), bold);
                head.setSpacingBefore(6);
                pdf.add(head);
                String body = sections.get(kind);
                if (body == null || body.isBlank()) {
                    pdf.add(new Paragraph(labels.text("narrative.empty"), small));
                    continue;
                }
                for (String line : body.strip().split("\\R")) {
                    Paragraph p = new Paragraph(line, text);
                    p.setLeading(15);
                    p.setFirstLineIndent(line.isBlank() ? 0 : 19);
                    pdf.add(p);
                }
            }
        }

        private void children(Document pdf) throws DocumentException {
            if (list(figures.children()).isEmpty()) {
                return;
            }
            section(pdf, "section.children");
            float[] widths = new float[CHILD_COLUMNS.size() + 1];
            widths[0] = 2.6f;
            String[] heads = new String[CHILD_COLUMNS.size() + 1];
            heads[0] = "column.unit";
            for (int i = 0; i < CHILD_COLUMNS.size(); i++) {
                widths[i + 1] = 1f;
                heads[i + 1] = "measure." + CHILD_COLUMNS.get(i).name();
            }
            PdfPTable table = table(widths, heads);
            for (UnitFigures unit : figures.children()) {
                childRow(table, labels.name(unit.nameZh(), unit.nameEn()), unit, text);
            }
            childRow(table, labels.text("total"), figures.total(), bold);
            pdf.add(table);
        }

        private void childRow(PdfPTable table, String name, UnitFigures unit, Font font) {
            table.addCell(cell(name, font, null));
            for (Measure m : CHILD_COLUMNS) {
                table.addCell(number(labels.cell(figures, unit, m), font));
            }
        }

        private void attachments(Document pdf) throws DocumentException {
            if (doc.status() == null) {
                return;
            }
            section(pdf, "section.attachments");
            if (list(doc.attachments()).isEmpty()) {
                pdf.add(new Paragraph(labels.text("none"), text));
                return;
            }
            PdfPTable table = table(new float[] {1f, 3f, 3f, 1f}, "column.kind", "column.caption", "column.fileName",
                    "column.size");
            for (ReportDocument.Attachment a : doc.attachments()) {
                table.addCell(cell(labels.text("attachment." + a.kind()), text, null));
                table.addCell(cell(nullToEmpty(a.caption()), text, null));
                table.addCell(cell(a.fileName(), text, null));
                table.addCell(number(String.format(Locale.ROOT, "%,d", (a.sizeBytes() + 1023) / 1024), text));
            }
            pdf.add(table);
        }

        private void changes(Document pdf) throws DocumentException {
            if (list(doc.changes()).isEmpty()) {
                return;
            }
            section(pdf, "section.changes");
            PdfPTable table = table(new float[] {2.5f, 2.5f, 1.2f, 1.2f}, "column.unit", "column.measure",
                    "column.frozen", "column.now");
            for (ReportDocument.Change c : doc.changes()) {
                Measure measure = ExportLabels.measureOf(c.measure());
                table.addCell(cell(c.unitId() == null ? labels.text("total") : nullToEmpty(c.unitNameZh()), text,
                        null));
                table.addCell(cell(labels.measure(c.measure()), text, null));
                table.addCell(number(ExportLabels.value(measure, c.frozen()), text));
                table.addCell(number(ExportLabels.value(measure, c.now()), warn));
            }
            pdf.add(table);
        }

        private void history(Document pdf) throws DocumentException {
            if (list(doc.history()).isEmpty()) {
                return;
            }
            section(pdf, "section.history");
            PdfPTable table = table(new float[] {1.5f, 1.2f, 1.8f, 1.3f, 3f}, "column.at", "column.action",
                    "column.fromTo", "column.actor", "column.comment");
            for (ReportDocument.Event e : doc.history()) {
                table.addCell(cell(labels.instant(e.at()), small, null));
                table.addCell(cell(labels.text("action." + e.action()), text, null));
                table.addCell(cell(e.from() == null && e.to() == null ? ""
                        : labels.text("status." + (e.from() == null ? "NONE" : e.from())) + " → "
                                + labels.text("status." + (e.to() == null ? "NONE" : e.to())), small, null));
                table.addCell(cell(nullToEmpty(e.actorName()), text, null));
                table.addCell(cell(nullToEmpty(e.comment()), small, null));
            }
            pdf.add(table);
        }

        private PdfPTable table(float[] widths, String... headKeys) {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String key : headKeys) {
                table.addCell(cell(labels.text(key), bold, HEAD));
            }
            return table;
        }

        private PdfPCell cell(String value, Font font, Color background) {
            PdfPCell cell = new PdfPCell(new Phrase(value, font));
            cell.setBorderColor(RULE);
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            if (background != null) {
                cell.setBackgroundColor(background);
            }
            return cell;
        }

        private PdfPCell number(String value, Font font) {
            PdfPCell cell = cell(value, font, null);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            return cell;
        }

        private static PdfPCell plain(Phrase phrase) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(1);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            return cell;
        }

        /** The project, unit and period at the foot of every page after the cover, and the page number. */
        private final class Footer extends PdfPageEventHelper {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                if (writer.getPageNumber() == 1) {
                    return;
                }
                PdfContentByte canvas = writer.getDirectContent();
                float y = document.bottom() - 24;
                ReportPeriod period = doc.period() != null ? doc.period() : figures.period();
                String left = projectName() + " · " + labels.name(doc.unitNameZh(), doc.unitNameEn()) + " · "
                        + period.iso();
                canvas.beginText();
                canvas.setFontAndSize(base, 8);
                canvas.showTextAligned(Element.ALIGN_LEFT, left, document.left(), y, 0);
                canvas.showTextAligned(Element.ALIGN_RIGHT, labels.format("report.page", writer.getPageNumber()),
                        document.right(), y, 0);
                canvas.endText();
            }
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? new ArrayList<>() : items;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
