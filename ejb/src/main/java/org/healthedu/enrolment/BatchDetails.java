package org.healthedu.enrolment;

import java.io.Serializable;
import java.time.LocalDate;

/** What a batch is given when planned or changed: its name, planned start and capacity. */
public record BatchDetails(String name, LocalDate plannedStart, Integer capacity) implements Serializable {
}
