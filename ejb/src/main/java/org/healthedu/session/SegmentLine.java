package org.healthedu.session;

import java.io.Serializable;

/** A segment (环节) of a session's lesson as the session page lists it. */
public record SegmentLine(int position, String titleZh, String titleEn, int durationMinutes) implements Serializable {
}
