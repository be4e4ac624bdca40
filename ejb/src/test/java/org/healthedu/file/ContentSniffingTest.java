package org.healthedu.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Uploads are judged by their bytes, with real small files made here by the same libraries that make such files in
 * the world (ImageIO, OpenPDF, POI), and by what their names claim.
 */
class ContentSniffingTest {

    static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("receipt"));
        document.close();
        return out.toByteArray();
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("项目文本");
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("清单").createRow(0).createCell(0).setCellValue("名称");
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xls() throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("清单").createRow(0).createCell(0).setCellValue("名称");
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void realFilesAreRecognisedByTheirBytes() throws IOException {
        assertThat(FileType.detect(image("png"), "照片.png")).contains(FileType.PNG);
        assertThat(FileType.detect(image("jpg"), "照片.jpg")).contains(FileType.JPEG);
        assertThat(FileType.detect(pdf(), "票据.pdf")).contains(FileType.PDF);
        assertThat(FileType.detect(docx(), "项目文本.docx")).contains(FileType.DOCX);
        assertThat(FileType.detect(xlsx(), "清单.xlsx")).contains(FileType.XLSX);
        assertThat(FileType.detect(xls(), "清单.xls")).contains(FileType.XLS);
    }

    @Test
    void aPageOrScriptUnderADocumentNameIsRefused() throws IOException {
        byte[] page = "<!DOCTYPE html><html><body><script>fetch('/api/v1/me')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(FileType.detect(page, "项目文本.pdf")).isEmpty();
        assertInvalid(() -> FileStore.check("file", "项目文本.pdf", page, FilePolicy.DOCUMENT), "file",
                "error.file.type", "pdf, docx, doc");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertInvalid(() -> FileStore.check("file", "photo.png", svg, FilePolicy.EVIDENCE), "file",
                "error.file.type", "pdf, png, jpg");
    }

    @Test
    void aZipWithoutOfficeContentTypesIsNoOfficeFile() throws IOException {
        assertThat(FileType.detect(FileTypeTest.zipWith("word/document.xml"), "a.docx")).isEmpty();
        assertThat(FileType.detect(FileTypeTest.zipWith("[Content_Types].xml", "payload.js"), "a.docx")).isEmpty();
    }

    @Test
    void aNameClaimingAnotherKindThanTheBytesIsAMismatch() throws IOException {
        byte[] png = image("png");
        assertInvalid(() -> FileStore.check("file", "票据.pdf", png, FilePolicy.EVIDENCE), "file",
                "web.upload.contentMismatch", "pdf", "png");
        assertInvalid(() -> FileStore.check("file", "报告.html", pdf(), FilePolicy.DOCUMENT), "file",
                "web.upload.contentMismatch", "html", "pdf");
        assertInvalid(() -> FileStore.check("file", "C:\\tmp\\slides.svg", png, FilePolicy.COURSEWARE), "file",
                "web.upload.contentMismatch", "svg", "png");
    }

    @Test
    void namesOfTheSameFamilyOrWithoutExtensionFit() throws IOException {
        assertThat(FileStore.check("file", "现场.jpg", image("png"), FilePolicy.EVIDENCE)).isEqualTo(FileType.PNG);
        assertThat(FileStore.check("file", "项目文本.doc", docx(), FilePolicy.DOCUMENT)).isEqualTo(FileType.DOCX);
        assertThat(FileStore.check("file", "项目文本.PDF", pdf(), FilePolicy.DOCUMENT)).isEqualTo(FileType.PDF);
        assertThat(FileStore.check("file", "scan", pdf(), FilePolicy.EVIDENCE)).isEqualTo(FileType.PDF);
        assertThat(FileType.extensionOf(".hidden")).isEmpty();
        assertThat(FileType.extensionOf("a/b.c/名单")).isEmpty();
    }
}
