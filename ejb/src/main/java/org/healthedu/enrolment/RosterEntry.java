package org.healthedu.enrolment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One enrolment in a batch's roster (花名册): the person as a lecturer calling the roll needs them (name, kind,
 * gender, birth year, school and grade; no phone), and the enrolment's state and dates. {@code movedToBatchName} names
 * where a MOVED person went; {@code movedFromBatchName} where someone who moved here came from.
 */
public record RosterEntry(long enrolmentId, long participantId, String displayName, boolean anonymised,
        ParticipantKind kind, Gender gender, Integer birthYear, String school, String grade, EnrolmentStatus status,
        LocalDate enrolledOn, LocalDate endedOn, String endReason, String movedFromBatchName, String movedToBatchName,
        long version) implements Serializable {

    public RosterEntry(Long enrolmentId, Long participantId, String displayName, java.time.Instant anonymisedAt,
            ParticipantKind kind, Gender gender, Integer birthYear, String school, String grade,
            EnrolmentStatus status, LocalDate enrolledOn, LocalDate endedOn, String endReason,
            String movedFromBatchName, String movedToBatchName, Long version) {
        this(enrolmentId, participantId, displayName, anonymisedAt != null, kind, gender, birthYear, school, grade,
                status, enrolledOn, endedOn, endReason, movedFromBatchName, movedToBatchName, version);
    }

    public boolean active() {
        return status == EnrolmentStatus.ACTIVE;
    }
}
