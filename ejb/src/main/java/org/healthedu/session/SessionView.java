package org.healthedu.session;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.healthedu.project.ProjectStatus;

/**
 * A session as lists, calendars and the API show it: times are local (China), the lesson by its position and titles,
 * and the other people at it ({@code staff}, filled by one query for a whole list).
 */
public record SessionView(long id, long projectId, String projectCode, String projectNameZh,
        ProjectStatus projectStatus, long batchId, int batchNumber, String batchName, long projectSiteId,
        long siteId, String siteNameZh, long lessonId, int lessonPosition, String lessonTitleZh, String lessonTitleEn,
        String room, LocalDateTime startsAt, LocalDateTime endsAt, long leadTrainerId, String leadTrainerName,
        Long coursewareVersionId, SessionStatus status, String statusReason, String overrideReason, long version,
        List<StaffView> staff) implements Serializable {

    /** The constructor JPQL selects into (instants, no staff yet). */
    public SessionView(long id, long projectId, String projectCode, String projectNameZh,
            ProjectStatus projectStatus, long batchId, int batchNumber, String batchName, long projectSiteId,
            long siteId, String siteNameZh, long lessonId, int lessonPosition, String lessonTitleZh,
            String lessonTitleEn, String room, Instant startsAt, Instant endsAt, long leadTrainerId,
            String leadTrainerName, Long coursewareVersionId, SessionStatus status, String statusReason,
            String overrideReason, long version) {
        this(id, projectId, projectCode, projectNameZh, projectStatus, batchId, batchNumber, batchName,
                projectSiteId, siteId, siteNameZh, lessonId, lessonPosition, lessonTitleZh, lessonTitleEn, room,
                SessionTime.local(startsAt), SessionTime.local(endsAt), leadTrainerId, leadTrainerName,
                coursewareVersionId, status, statusReason, overrideReason, version, List.of());
    }

    public SessionView withStaff(List<StaffView> people) {
        return new SessionView(id, projectId, projectCode, projectNameZh, projectStatus, batchId, batchNumber,
                batchName, projectSiteId, siteId, siteNameZh, lessonId, lessonPosition, lessonTitleZh, lessonTitleEn,
                room, startsAt, endsAt, leadTrainerId, leadTrainerName, coursewareVersionId, status, statusReason,
                overrideReason, version, List.copyOf(people));
    }

    /** The co-trainers' account ids. */
    public List<Long> trainerIds() {
        return staff.stream().filter(s -> s.role() == StaffRole.TRAINER).map(StaffView::accountId).toList();
    }

    public List<Long> observerIds() {
        return staff.stream().filter(s -> s.role() == StaffRole.OBSERVER).map(StaffView::accountId).toList();
    }
}
