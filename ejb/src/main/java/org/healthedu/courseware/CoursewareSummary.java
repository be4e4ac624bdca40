package org.healthedu.courseware;

import java.io.Serializable;
import java.time.Instant;

/**
 * One courseware in a list: its site and lesson, its newest version and that version's status, and which version is
 * the approved, current one (null: none yet), and when anything last happened to it.
 */
public record CoursewareSummary(long id, long projectId, long projectSiteId, long siteId, String siteNameZh,
        String siteNameEn, long lineageId, Long lessonId, Integer lessonPosition, String lessonTitleZh,
        String lessonTitleEn, int latestVersionNumber, CoursewareStatus latestStatus, Integer currentVersionNumber,
        Instant lastActivityAt) implements Serializable {

    public String lessonDisplayTitle(boolean english) {
        return english && lessonTitleEn != null ? lessonTitleEn : lessonTitleZh;
    }

    public String siteDisplayName(boolean english) {
        return english && siteNameEn != null ? siteNameEn : siteNameZh;
    }
}
