package org.healthedu.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0};

    static byte[] zipWith(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesFilesByTheirBytesNotTheirNames() throws IOException {
        assertThat(FileType.detect(PDF, "slides.pptx")).contains(FileType.PDF);
        assertThat(FileType.detect(zipWith("[Content_Types].xml", "word/document.xml"), "x.pdf"))
                .contains(FileType.DOCX);
        assertThat(FileType.detect(zipWith("[Content_Types].xml", "ppt/presentation.xml"), "a")).contains(FileType.PPTX);
        assertThat(FileType.detect(zipWith("[Content_Types].xml", "xl/workbook.xml"), "a")).contains(FileType.XLSX);
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, "a"))
                .contains(FileType.PNG);
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "a")).contains(FileType.JPEG);
    }

    @Test
    void refusesWhatIsNoneOfTheAcceptedKinds() throws IOException {
        assertThat(FileType.detect("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "a.pdf")).isEmpty();
        assertThat(FileType.detect(zipWith("evil.exe"), "a.docx")).isEmpty();
        assertThat(FileType.detect("PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), "a.docx")).isEmpty();
        assertThat(FileType.detect(new byte[0], "a.pdf")).isEmpty();
    }

    @Test
    void legacyOfficeFilesAreToldApartByTheirExtension() {
        assertThat(FileType.detect(OLE, "课件.PPT")).contains(FileType.PPT);
        assertThat(FileType.detect(OLE, "text.doc")).contains(FileType.DOC);
        assertThat(FileType.detect(OLE, "sheet.xls")).contains(FileType.XLS);
        assertThat(FileType.detect(OLE, "mystery.bin")).isEmpty();
    }

    @Test
    void uploadsOutsideThePolicyBreakClearRules() throws IOException {
        FilePolicy small = new FilePolicy(java.util.EnumSet.of(FileType.PDF), 10);
        assertInvalid(() -> FileStore.check("file", "a.pdf", new byte[0], small), "file", "error.file.empty");
        assertInvalid(() -> FileStore.check("file", "a.pdf", new byte[11], small), "file", "error.file.tooLarge", 0L);
        assertInvalid(() -> FileStore.check("file", "a.pdf", new byte[(int) (2 * FilePolicy.MIB + 1)],
                new FilePolicy(java.util.EnumSet.of(FileType.PDF), 2 * FilePolicy.MIB)), "file", "error.file.tooLarge",
                2L);
        assertInvalid(() -> FileStore.check("file", "a.pdf", zipWith("ppt/slides.xml"), FilePolicy.DOCUMENT), "file",
                "error.file.type", "pdf, docx, doc");
        assertThat(FileStore.check("file", "a", PDF, FilePolicy.DOCUMENT)).isEqualTo(FileType.PDF);
    }

    @Test
    void storedNamesAreTheLastPathPartWithoutControlCharacters() {
        assertThat(FileStore.cleanName("C:\\Users\\li\\项目书.pdf", FileType.PDF)).isEqualTo("项目书.pdf");
        assertThat(FileStore.cleanName("../../etc/passwd\u0000.pdf", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileStore.cleanName("  ", FileType.DOCX)).isEqualTo("file.docx");
        assertThat(FileStore.cleanName("..", FileType.PDF)).isEqualTo("file.pdf");
        assertThat(FileStore.cleanName("长".repeat(300) + ".pdf", FileType.PDF)).hasSize(255).endsWith("长.pdf");
    }
}
