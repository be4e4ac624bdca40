package org.healthedu.curriculum;

import java.io.Serializable;
import java.time.Instant;

/**
 * A curriculum as lists show it: a template ({@code projectId} null; {@code ownerUnitId} null when shipped with the
 * product) or one version of a project's curriculum, with its size in lessons, segments and minutes.
 */
public record CurriculumSummary(long id, Long projectId, String projectCode, Long ownerUnitId, String ownerNameZh,
        int versionNo, Long adoptedFromId, String adoptedFromNameZh, boolean inUse, boolean sample, String nameZh,
        String nameEn, String description, long lessonCount, long segmentCount, long totalMinutes, Instant updatedAt,
        long version) implements Serializable {

    public boolean template() {
        return projectId == null;
    }

    public boolean shipped() {
        return projectId == null && ownerUnitId == null;
    }

    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }
}
