package org.healthedu.project;

import java.io.Serializable;
import java.time.Instant;

/** A version of the project text as listed (newest first): its file and who uploaded it when. */
public record ProjectTextView(long id, long projectId, int versionNo, long fileId, String fileName, long sizeBytes,
        String contentType, String note, String uploadedBy, Instant uploadedAt) implements Serializable {
}
