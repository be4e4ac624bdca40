package org.healthedu.reporting;

import java.io.Serializable;
import java.util.List;

/** A coordinator's home page: their unit's reports due soon or overdue, and reports waiting for their review. */
public record ReportReminders(List<ReportView> due, List<ReportView> toReview) implements Serializable {
}
