package org.healthedu.session;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which sessions a list or calendar shows: any of project, batch, site, trainer (lead or co-trainer), status, and a
 * date range [from, to] in local dates (inclusive). Nulls mean "any".
 */
public record SessionFilter(Long projectId, Long batchId, Long siteId, Long trainerId, SessionStatus status,
        LocalDate from, LocalDate to) implements Serializable {

    public static SessionFilter ofProject(long projectId) {
        return new SessionFilter(projectId, null, null, null, null, null, null);
    }
}
