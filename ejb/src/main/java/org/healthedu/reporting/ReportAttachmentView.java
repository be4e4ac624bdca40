package org.healthedu.reporting;

import java.io.Serializable;
import java.time.Instant;

/** An attachment as lists show it; {@code removedAt}: when its content was removed for privacy (else null). */
public record ReportAttachmentView(long id, long fileId, String kind, String caption, String fileName,
        String contentType, long sizeBytes, String addedByName, Instant addedAt, Instant removedAt)
        implements Serializable {
}
