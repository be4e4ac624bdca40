package org.healthedu.cascade;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A peer session with its host, what the supervisor said and, once held, its headcount. */
public record PeerSessionView(long id, long hostId, String hostName, long siteId, String siteNameZh,
        LocalDateTime startsAt, LocalDateTime endsAt, String place, String topic, Long lessonId, String lessonTitleZh,
        Long coursewareVersionId, int expectedAudience, PeerSessionStatus status, boolean approvalRequired,
        String supervisorComment, Integer headcountTotal, Integer headcountFemale, Integer headcountMale,
        String cancelReason) implements Serializable {
}
