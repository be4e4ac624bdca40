package org.healthedu.reporting;

import java.io.Serializable;

/** What the caller may do with a report now, for pages to show the right buttons (services check again). */
public record ReportRights(boolean edit, boolean submit, boolean review, boolean reopen) implements Serializable {
}
