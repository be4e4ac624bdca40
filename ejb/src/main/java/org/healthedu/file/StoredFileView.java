package org.healthedu.file;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a page or the API shows of an uploaded file (never its bytes). {@code removedAt} and {@code removedReason}
 * (ERASURE or RETENTION) are set once its content was removed for privacy: pages show that instead of a download.
 */
public record StoredFileView(long id, String fileName, String contentType, long sizeBytes, String sha256,
        Instant createdAt, Instant removedAt, String removedReason) implements Serializable {

    public boolean removed() {
        return removedAt != null;
    }
}
