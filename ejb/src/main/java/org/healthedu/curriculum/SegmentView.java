package org.healthedu.curriculum;

import java.io.Serializable;

/** A segment: its position in its lesson and its number across the whole curriculum (环节 1…12). */
public record SegmentView(long id, long lessonId, int position, int number, String titleZh, String titleEn,
        String objectives, int durationMinutes) implements Serializable {

    public String displayTitle(boolean english) {
        return english && titleEn != null ? titleEn : titleZh;
    }
}
