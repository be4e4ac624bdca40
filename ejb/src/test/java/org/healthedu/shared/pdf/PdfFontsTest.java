package org.healthedu.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The shipped font renders Chinese and Latin into a PDF whose text a reader extracts unchanged; QR codes are PNGs. */
class PdfFontsTest {

    @Test
    void chineseAndLatinTextIsEmbeddedAndExtractable() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        BaseFont base = PdfFonts.base();
        document.add(new Paragraph("宝东社区 第一批家长 签到表 Sign-in sheet", PdfFonts.font(base, 14)));
        document.add(new Paragraph("吕振华、黄丽娟", PdfFonts.bold(base, 12)));
        document.close();

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("宝东社区 第一批家长 签到表 Sign-in sheet").contains("吕振华、黄丽娟");
            assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
        // Embedded as a subset: far smaller than the 10 MB font.
        assertThat(out.size()).isLessThan(200_000);
    }

    @Test
    void qrCodesArePngImagesOfTheAskedSize() throws IOException {
        byte[] png = QrCodes.png("https://example.org/checkin?code=K7Q2MX", 240);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(240);
        assertThat(image.getHeight()).isEqualTo(240);
    }
}
