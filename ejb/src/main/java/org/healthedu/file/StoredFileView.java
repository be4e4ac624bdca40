package org.healthedu.file;

import java.io.Serializable;
import java.time.Instant;

/** What a page or the API shows of an uploaded file (never its bytes). */
public record StoredFileView(long id, String fileName, String contentType, long sizeBytes, String sha256,
        Instant createdAt) implements Serializable {
}
