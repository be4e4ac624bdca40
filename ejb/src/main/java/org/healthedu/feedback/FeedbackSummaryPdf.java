package org.healthedu.feedback;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.healthedu.feedback.FeedbackFigures.Bar;
import org.healthedu.feedback.FeedbackFigures.QuestionResult;
import org.healthedu.feedback.FeedbackFigures.Results;
import org.healthedu.feedback.FeedbackFigures.SessionHeader;
import org.healthedu.feedback.FeedbackFigures.TextAnswer;
import org.healthedu.feedback.FeedbackFigures.TextAnswers;
import org.healthedu.shared.pdf.PdfBars;
import org.healthedu.shared.pdf.PdfFonts;

/**
 * A session's feedback on one A4 page: the session's facts, responses and rate, then per question its mean, median
 * and n and a bar per value or choice (scaled to the most frequent), and the newest free-text lines. Small cells show
 * "too few responses" instead of figures, as on the page.
 */
final class FeedbackSummaryPdf {

    /** Free-text lines on the page, each cut to this many characters, so the summary stays one page. */
    static final int TEXT_LINES = 6;
    static final int TEXT_CHARS = 90;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Color BAR = new Color(0x3B, 0x82, 0xF6);
    private static final Color TRACK = new Color(0xEE, 0xF2, 0xF7);

    private FeedbackSummaryPdf() {
    }

    static byte[] render(Results results, TextAnswers texts, Map<String, String> labels, boolean english) {
        BaseFont base = PdfFonts.base();
        Font title = PdfFonts.bold(base, 15);
        Font text = PdfFonts.font(base, 9);
        Font small = PdfFonts.font(base, 8);
        Font bold = PdfFonts.bold(base, 9);
        SessionHeader s = results.session();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 30, 30);
        try {
            PdfWriter.getInstance(document, out);
            String lesson = MessageFormat.format(label(labels, "feedback.results.pdf.lesson"), s.lessonPosition(),
                    english && s.lessonTitleEn() != null ? s.lessonTitleEn() : s.lessonTitleZh());
            document.addTitle(label(labels, "feedback.results.pdf.title") + " " + lesson);
            document.open();
            document.add(new Paragraph(label(labels, "feedback.results.pdf.title"), title));
            document.add(new Paragraph(lesson, bold));
            document.add(new Paragraph(results.projectName() + " · " + s.batchName() + " · " + s.siteName() + " · "
                    + DAY_TIME.format(s.startsAt()) + " · " + s.leadTrainerName(), text));
            String rate = results.rate() == null ? "—" : Math.round(results.rate() * 100) + "%";
            Paragraph counts = new Paragraph(MessageFormat.format(label(labels, "feedback.results.pdf.counts"),
                    results.responses(), results.attended(), rate), bold);
            counts.setSpacingAfter(6);
            document.add(counts);
            if (results.tooFew()) {
                document.add(new Paragraph(MessageFormat.format(label(labels, "feedback.results.tooFew"),
                        results.minCell()), bold));
            }
            for (QuestionResult q : results.questions()) {
                Paragraph head = new Paragraph(english && q.textEn() != null ? q.textEn() : q.textZh(), bold);
                head.setSpacingBefore(4);
                document.add(head);
                if (q.tooFew()) {
                    document.add(new Paragraph(MessageFormat.format(label(labels, "feedback.results.tooFew"),
                            results.minCell()) + " (n=" + q.n() + ")", small));
                    continue;
                }
                if (q.mean() != null) {
                    document.add(new Paragraph(MessageFormat.format(label(labels, "feedback.results.pdf.stats"),
                            q.mean(), q.median(), q.n()), text));
                } else {
                    document.add(new Paragraph("n=" + q.n(), small));
                }
                if (!q.bars().isEmpty()) {
                    document.add(bars(q, text, english));
                }
            }
            if (!texts.tooFew() && !texts.page().items().isEmpty()) {
                Paragraph head = new Paragraph(label(labels, "feedback.results.pdf.texts"), bold);
                head.setSpacingBefore(6);
                document.add(head);
                int shown = 0;
                for (TextAnswer answer : texts.page().items()) {
                    if (shown++ == TEXT_LINES) {
                        break;
                    }
                    String line = answer.text().replaceAll("\\s+", " ").strip();
                    if (line.codePointCount(0, line.length()) > TEXT_CHARS) {
                        line = line.substring(0, line.offsetByCodePoints(0, TEXT_CHARS)) + "…";
                    }
                    document.add(new Paragraph("· " + line, text));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static PdfPTable bars(QuestionResult q, Font text, boolean english) {
        long most = q.bars().stream().mapToLong(Bar::count).max().orElse(0);
        PdfPTable table = new PdfPTable(new float[] {1.6f, 5f, 0.6f});
        table.setWidthPercentage(80);
        table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
        for (Bar bar : q.bars()) {
            String name = bar.labelZh() == null ? String.valueOf(bar.value())
                    : english && bar.labelEn() != null ? bar.labelEn() : bar.labelZh();
            table.addCell(plain(new Phrase(name, text)));
            float share = most == 0 ? 0 : (float) bar.count() / most;
            table.addCell(PdfBars.bar(share, text, BAR, TRACK, 8));
            table.addCell(plain(new Phrase(String.valueOf(bar.count()), text)));
        }
        return table;
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1);
        return cell;
    }

    static String label(Map<String, String> labels, String key) {
        return labels.getOrDefault(key, key);
    }
}
