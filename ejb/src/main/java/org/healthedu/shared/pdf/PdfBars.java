package org.healthedu.shared.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** Horizontal bars drawn as table cells (no chart library): the house style of the feedback and report PDFs. */
public final class PdfBars {

    private PdfBars() {
    }

    /** A cell holding a bar filled to {@code share} (0..1) of its width, on a track of {@code track} colour. */
    public static PdfPCell bar(float share, Font font, Color fill, Color track, float height) {
        float s = Math.max(0, Math.min(1, share));
        PdfPTable bar = new PdfPTable(new float[] {Math.max(s, 0.001f), Math.max(1 - s, 0.001f)});
        bar.setWidthPercentage(100);
        bar.addCell(part(font, s > 0 ? fill : track, height));
        bar.addCell(part(font, track, height));
        PdfPCell holder = new PdfPCell(bar);
        holder.setBorder(Rectangle.NO_BORDER);
        holder.setPadding(2);
        return holder;
    }

    private static PdfPCell part(Font font, Color colour, float height) {
        PdfPCell cell = new PdfPCell(new Phrase(" ", font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1);
        cell.setBackgroundColor(colour);
        cell.setFixedHeight(height);
        return cell;
    }
}
