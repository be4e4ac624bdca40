package org.healthedu.enrolment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** The guardian consent in force for a participant, and who recorded it when. */
public record ConsentView(long id, String guardianName, String relation, LocalDate consentDate, String textVersion,
        String recordedByName, Instant recordedAt) implements Serializable {
}
