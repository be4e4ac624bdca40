package org.healthedu.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the product accepts, recognised by their bytes (never by the name a browser sends): a file renamed
 * to ".pdf" that is not a PDF is refused. Each kind has the content type it is served with and its usual extension.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    /** Word, Excel and PowerPoint 97–2003 share one container; which of them it is comes from the file's name. */
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** How many zip entries to look through for the part that names an Office format. */
    private static final int MAX_ZIP_ENTRIES = 2_000;

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The kind these bytes are, or empty when they are none of the accepted kinds. The name only tells apart the
     * legacy Office formats, whose bytes share one container.
     */
    public static Optional<FileType> detect(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, OLE_MAGIC)) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            return Arrays.stream(new FileType[] {DOC, XLS, PPT})
                    .filter(type -> name.endsWith("." + type.extension)).findFirst();
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeXml(content);
        }
        return Optional.empty();
    }

    /** An Office Open XML package names its main part by folder: word/, xl/ or ppt/. */
    private static Optional<FileType> officeXml(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.startsWith("word/")) {
                    return Optional.of(DOCX);
                }
                if (name.startsWith("xl/")) {
                    return Optional.of(XLSX);
                }
                if (name.startsWith("ppt/")) {
                    return Optional.of(PPTX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
