package org.healthedu.cascade;

import java.io.Serializable;
import java.time.Instant;

/**
 * A certification and the host's record: peer sessions held and people reached (the sum of their headcounts; a person
 * may be counted twice), the feedback responses to their peer sessions and the mean answer to the 0–10 satisfaction
 * question (one decimal; null without answers). {@code trainerName}, the lead trainer of the host's training batch,
 * only on a single read.
 */
public record HostView(long id, long participantId, String name, long siteId, String siteNameZh, String siteNameEn,
        long projectId, String projectCode, long supervisorAccountId, String supervisorName, String username,
        Instant certifiedAt, Instant revokedAt, long sessionsHeld, long peopleReached, String trainerName,
        long feedbackResponses, Double meanSatisfaction)
        implements Serializable {
}
