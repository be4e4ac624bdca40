package org.healthedu.curriculum;

import java.io.Serializable;
import java.util.List;

/** A lesson with its segments in order, and how long it takes in all. */
public record LessonView(long id, int position, String titleZh, String titleEn, long lineageId,
        List<SegmentView> segments) implements Serializable {

    public LessonView {
        segments = List.copyOf(segments);
    }

    public int minutes() {
        return segments.stream().mapToInt(SegmentView::durationMinutes).sum();
    }

    public String displayTitle(boolean english) {
        return english && titleEn != null ? titleEn : titleZh;
    }
}
