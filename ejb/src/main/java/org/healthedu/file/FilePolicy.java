package org.healthedu.file;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one kind of upload accepts: which file kinds and how many bytes. Each feature names its own (courseware takes
 * slides, a fund-use receipt takes a scan or a photo).
 */
public record FilePolicy(Set<FileType> types, long maxBytes) {

    public static final long MIB = 1024L * 1024L;

    /** Project texts and other documents: PDF or Word, up to 20 MiB. */
    public static final FilePolicy DOCUMENT = new FilePolicy(EnumSet.of(FileType.PDF, FileType.DOCX, FileType.DOC),
            20 * MIB);

    /** Courseware: slides, documents, spreadsheets and pictures, up to 20 MiB (videos are linked, not uploaded). */
    public static final FilePolicy COURSEWARE = new FilePolicy(EnumSet.of(FileType.PDF, FileType.PPTX, FileType.PPT,
            FileType.DOCX, FileType.DOC, FileType.XLSX, FileType.XLS, FileType.PNG, FileType.JPEG), 20 * MIB);

    /** Receipts, photos and sign-in sheets: scans or photos, up to 10 MiB. */
    public static final FilePolicy EVIDENCE = new FilePolicy(EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG),
            10 * MIB);

    public FilePolicy {
        types = Set.copyOf(types);
    }

    /** The accepted extensions, for messages and the upload widget: "pdf, docx". */
    public String extensions() {
        return types.stream().sorted().map(FileType::extension).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public long maxMib() {
        return maxBytes / MIB;
    }
}
