package org.healthedu.enrolment;

import java.io.Serializable;
import java.time.LocalDate;

/** One enrolment in a participant's history: which batch of which project, when, and how it ended. */
public record EnrolmentView(long id, long batchId, String batchName, int batchNumber, long projectId,
        String projectNameZh, long participantId, EnrolmentStatus status, LocalDate enrolledOn, LocalDate endedOn,
        String endReason, Long movedFromId, long version) implements Serializable {
}
