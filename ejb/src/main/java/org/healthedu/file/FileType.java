package org.healthedu.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the product accepts, recognised by their bytes (never by the name a browser sends): a file renamed
 * to ".pdf" that is not a PDF is refused. Each kind has the content type it is served with and its usual extension.
 */
public enum FileType {
    PDF("application/pdf", "pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "doc", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "xls", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "ppt", "pptx"),
    /** Word, Excel and PowerPoint 97–2003 share one container; which of them it is comes from the file's name. */
    DOC("application/msword", "doc", "doc", "docx"),
    XLS("application/vnd.ms-excel", "xls", "xls", "xlsx"),
    PPT("application/vnd.ms-powerpoint", "ppt", "ppt", "pptx"),
    /** Phones and scanners mix up picture extensions: any picture name fits any picture. */
    PNG("image/png", "png", "png", "jpg", "jpeg", "jpe"),
    JPEG("image/jpeg", "jpg", "png", "jpg", "jpeg", "jpe");

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
    /** The extensions a name of this kind may carry (the same family: a .doc name on a .docx is common). */
    private final Set<String> fittingExtensions;

    FileType(String contentType, String extension, String... fittingExtensions) {
        this.contentType = contentType;
        this.extension = extension;
        this.fittingExtensions = Set.of(fittingExtensions);
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * Whether the name's extension claims what the bytes are. A name without an extension claims nothing; a name
     * claiming another kind (a picture called ".pdf", a PDF called ".html") is a mismatch: stored, it would be opened
     * by the wrong program, or as a page, on the computer that downloads it.
     */
    public boolean fitsName(String fileName) {
        String extension = extensionOf(fileName);
        return extension.isEmpty() || fittingExtensions.contains(extension);
    }

    /** The lower-case extension of a name ("" when it has none), whatever path a browser sent with it. */
    public static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
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

    /**
     * An Office Open XML package has a {@code [Content_Types].xml} part and names its main part by folder: word/, xl/
     * or ppt/. Any other zip (an archive of scripts renamed .docx) is none of ours.
     */
    private static Optional<FileType> officeXml(byte[] content) {
        FileType found = null;
        boolean contentTypes = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES && (found == null || !contentTypes)) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.equals("[content_types].xml")) {
                    contentTypes = true;
                } else if (found == null && name.startsWith("word/")) {
                    found = DOCX;
                } else if (found == null && name.startsWith("xl/")) {
                    found = XLSX;
                } else if (found == null && name.startsWith("ppt/")) {
                    found = PPTX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(found) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
