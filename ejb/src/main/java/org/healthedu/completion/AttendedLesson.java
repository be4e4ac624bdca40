package org.healthedu.completion;

import java.io.Serializable;
import java.time.LocalDate;

/** A lesson a participant attended (counted once however often), and the last date they attended it. */
public record AttendedLesson(int position, String titleZh, String titleEn, LocalDate date) implements Serializable {
}
