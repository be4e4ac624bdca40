package org.healthedu.checkin;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.healthedu.shared.pdf.PdfFonts;
import org.healthedu.shared.pdf.QrCodes;

/**
 * Draws a {@link SignInSheet} on A4 pages: a header block with the session's facts beside the check-in QR code, then
 * the table of people (number, name, kind, time, signature) whose header row repeats on every page, a few blank rows
 * for walk-ins, and a footer on every page with the check-in code and "page x of y".
 */
final class SignInSheetPdf {

    /** Blank rows at the end for people who came without being expected. */
    static final int BLANK_ROWS = 5;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);

    private SignInSheetPdf() {
    }

    static byte[] render(SignInSheet sheet, Map<String, String> labels, String checkinUrl) {
        return render(sheet, labels, checkinUrl, null);
    }

    /** With {@code feedbackUrl} (may be null): the session's feedback QR code and short link under the list. */
    static byte[] render(SignInSheet sheet, Map<String, String> labels, String checkinUrl, String feedbackUrl) {
        BaseFont base = PdfFonts.base();
        Font title = PdfFonts.bold(base, 16);
        Font text = PdfFonts.font(base, 10);
        Font small = PdfFonts.font(base, 8);
        Font bold = PdfFonts.bold(base, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(base, labels, sheet.code()));
            document.addTitle(label(labels, "signin.title") + " " + sheet.lessonTitleZh());
            document.open();

            PdfPTable header = new PdfPTable(new float[] {3.2f, 1f});
            header.setWidthPercentage(100);
            PdfPCell facts = new PdfPCell();
            facts.setBorder(Rectangle.NO_BORDER);
            Paragraph heading = new Paragraph(label(labels, "signin.title"), title);
            heading.setSpacingAfter(6);
            facts.addElement(heading);
            fact(facts, labels, "signin.project", sheet.projectName(), text, bold);
            fact(facts, labels, "signin.batch", sheet.batchName(), text, bold);
            fact(facts, labels, "signin.lesson", MessageFormat.format(label(labels, "signin.lessonNumber"),
                    sheet.lessonPosition()) + " " + sheet.lessonTitleZh(), text, bold);
            fact(facts, labels, "signin.time", DAY_TIME.format(sheet.startsAt()) + " – "
                    + (sheet.endsAt().toLocalDate().equals(sheet.startsAt().toLocalDate())
                            ? TIME.format(sheet.endsAt()) : DAY_TIME.format(sheet.endsAt())), text, bold);
            fact(facts, labels, "signin.site", sheet.siteName()
                    + (sheet.room() == null ? "" : " · " + sheet.room()), text, bold);
            fact(facts, labels, "signin.trainers", String.join("、", sheet.trainers()), text, bold);
            header.addCell(facts);

            PdfPCell qr = new PdfPCell();
            qr.setBorder(Rectangle.NO_BORDER);
            qr.setHorizontalAlignment(Element.ALIGN_CENTER);
            Image image = Image.getInstance(QrCodes.png(checkinUrl, 300));
            image.scaleToFit(110, 110);
            image.setAlignment(Element.ALIGN_CENTER);
            qr.addElement(image);
            Paragraph code = new Paragraph(label(labels, "signin.code") + " " + sheet.code(), bold);
            code.setAlignment(Element.ALIGN_CENTER);
            qr.addElement(code);
            Paragraph hint = new Paragraph(label(labels, "signin.scanHint"), small);
            hint.setAlignment(Element.ALIGN_CENTER);
            qr.addElement(hint);
            header.addCell(qr);
            header.setSpacingAfter(10);
            document.add(header);

            PdfPTable table = new PdfPTable(new float[] {0.6f, 2.4f, 1.2f, 1.2f, 3f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : new String[] {"signin.column.number", "signin.column.name", "signin.column.kind",
                "signin.column.time", "signin.column.signature"}) {
                PdfPCell cell = cell(label(labels, column), bold);
                cell.setBackgroundColor(HEAD);
                table.addCell(cell);
            }
            int number = 0;
            for (SignInSheet.Line person : sheet.people()) {
                number++;
                table.addCell(cell(String.valueOf(number), text));
                table.addCell(cell(person.name(), text));
                table.addCell(cell(label(labels, person.kind().labelKey()), text));
                table.addCell(cell("", text));
                table.addCell(cell("", text));
            }
            for (int i = 0; i < BLANK_ROWS; i++) {
                number++;
                table.addCell(cell(String.valueOf(number), text));
                for (int c = 0; c < 4; c++) {
                    table.addCell(cell("", text));
                }
            }
            document.add(table);
            Paragraph count = new Paragraph(MessageFormat.format(label(labels, "signin.expectedCount"),
                    sheet.people().size()), small);
            count.setSpacingBefore(6);
            document.add(count);
            if (feedbackUrl != null) {
                PdfPTable feedback = new PdfPTable(new float[] {1f, 4.2f});
                feedback.setWidthPercentage(100);
                feedback.setKeepTogether(true);
                feedback.setSpacingBefore(10);
                PdfPCell feedbackQr = new PdfPCell();
                feedbackQr.setBorder(Rectangle.NO_BORDER);
                Image feedbackImage = Image.getInstance(QrCodes.png(feedbackUrl, 300));
                feedbackImage.scaleToFit(80, 80);
                feedbackQr.addElement(feedbackImage);
                feedback.addCell(feedbackQr);
                PdfPCell feedbackText = new PdfPCell();
                feedbackText.setBorder(Rectangle.NO_BORDER);
                feedbackText.addElement(new Paragraph(label(labels, "feedback.link.sheetTitle"), bold));
                feedbackText.addElement(new Paragraph(label(labels, "feedback.link.sheetHint"), small));
                feedbackText.addElement(new Paragraph(feedbackUrl, text));
                feedback.addCell(feedbackText);
                document.add(feedback);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("sign-in sheet not drawn", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void fact(PdfPCell into, Map<String, String> labels, String key, String value, Font text,
            Font bold) {
        Phrase line = new Phrase();
        line.add(new Phrase(label(labels, key) + "：", bold));
        line.add(new Phrase(value == null ? "" : value, text));
        Paragraph paragraph = new Paragraph(line);
        paragraph.setLeading(15);
        into.addElement(paragraph);
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setMinimumHeight(26);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(RULE);
        cell.setPaddingLeft(4);
        return cell;
    }

    static String label(Map<String, String> labels, String key) {
        return labels.getOrDefault(key, key);
    }

    /** The code and "page x of y" at the foot of every page; the total is filled in when the document closes. */
    private static final class Footer extends PdfPageEventHelper {

        private final BaseFont base;
        private final Map<String, String> labels;
        private final String code;
        private PdfTemplate total;

        Footer(BaseFont base, Map<String, String> labels, String code) {
            this.base = base;
            this.labels = labels;
            this.code = code;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 24;
            String left = label(labels, "signin.code") + " " + code + "  ·  " + label(labels, "signin.footerHint");
            canvas.beginText();
            canvas.setFontAndSize(base, 8);
            canvas.showTextAligned(Element.ALIGN_LEFT, left, document.left(), y, 0);
            String page = MessageFormat.format(label(labels, "signin.page"), writer.getPageNumber()) + " / ";
            float width = base.getWidthPoint(page, 8);
            float x = document.right() - 24 - width;
            canvas.showTextAligned(Element.ALIGN_LEFT, page, x, y, 0);
            canvas.endText();
            canvas.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(base, 8);
            total.showTextAligned(Element.ALIGN_LEFT, String.valueOf(writer.getPageNumber() - 1), 0, 0, 0);
            total.endText();
        }
    }
}
