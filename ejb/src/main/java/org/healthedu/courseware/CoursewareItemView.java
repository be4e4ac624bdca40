package org.healthedu.courseware;

import java.io.Serializable;
import java.time.Instant;

/** A file (name, type, size; never its bytes) or a video link of a courseware version. */
public record CoursewareItemView(long id, int position, CoursewareItemKind kind, String title, Long fileId,
        String fileName, String contentType, Long sizeBytes, String url, Instant createdAt) implements Serializable {
}
