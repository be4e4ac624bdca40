package org.healthedu.enrolment;

import java.io.Serializable;
import java.time.LocalDate;
import org.healthedu.project.ProjectStatus;

/**
 * A batch with its project and site and its counts: people enrolled now (against the capacity), and those who left by
 * moving to another batch or withdrawing (consent withdrawals included). {@code curriculumId} and
 * {@code curriculumVersionNo} name the curriculum version it follows (null: none chosen yet).
 */
public record BatchView(long id, long projectId, String projectCode, String projectNameZh, ProjectStatus projectStatus,
        int number, String name, long siteId, String siteNameZh, long projectSiteId, LocalDate plannedStart,
        int capacity, Long curriculumId, Integer curriculumVersionNo, long activeCount, long movedOutCount,
        long withdrawnCount, long version) implements Serializable {

    public long freePlaces() {
        return Math.max(0, capacity - activeCount);
    }

    public boolean full() {
        return activeCount >= capacity;
    }
}
