package org.healthedu.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.healthedu.shared.pdf.PdfFonts;

/**
 * Draws a {@link PersonalDataExport} for the person (or their guardian) to read: a title with the participant's name
 * or placeholder and the time of export, then one section per table with a two-column "field: value" block per row.
 */
final class PersonalDataPdf {

    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);

    private PersonalDataPdf() {
    }

    static byte[] render(PersonalDataExport export, PrivacyLabels labels) {
        BaseFont base = PdfFonts.base();
        Font title = PdfFonts.bold(base, 16);
        Font heading = PdfFonts.bold(base, 12);
        Font text = PdfFonts.font(base, 10);
        Font small = PdfFonts.font(base, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(labels.text("title"));
            document.open();
            document.add(new Paragraph(labels.text("title") + " · " + export.label(), title));
            document.add(new Paragraph(labels.text("exportedAt") + " " + export.exportedAt()
                    + "   ID " + export.participantId(), small));
            document.add(new Paragraph(labels.text("intro"), small));
            for (Map.Entry<String, List<Map<String, Object>>> table : export.tables().entrySet()) {
                Paragraph section = new Paragraph(labels.text("section." + table.getKey(), table.getKey())
                        + " (" + table.getValue().size() + ")", heading);
                section.setSpacingBefore(10);
                section.setSpacingAfter(4);
                document.add(section);
                if (table.getValue().isEmpty()) {
                    document.add(new Paragraph(labels.text("none"), text));
                }
                for (Map<String, Object> row : table.getValue()) {
                    PdfPTable fields = new PdfPTable(new float[] {1f, 2.5f});
                    fields.setWidthPercentage(100);
                    fields.setSpacingAfter(4);
                    row.forEach((column, value) -> {
                        PdfPCell name = new PdfPCell(new Phrase(labels.text("column." + column, column), text));
                        name.setBackgroundColor(HEAD);
                        fields.addCell(name);
                        fields.addCell(new PdfPCell(new Phrase(value(value, labels), text)));
                    });
                    document.add(fields);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not draw the personal data PDF", e);
        }
        return out.toByteArray();
    }

    private static String value(Object value, PrivacyLabels labels) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return labels.text(b ? "yes" : "no");
        }
        return String.valueOf(value);
    }
}
