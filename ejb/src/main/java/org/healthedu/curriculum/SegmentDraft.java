package org.healthedu.curriculum;

import java.io.Serializable;

/** What a segment says: its titles, what participants should take from it, and how long it takes. */
public record SegmentDraft(String titleZh, String titleEn, String objectives, Integer durationMinutes)
        implements Serializable {
}
