package org.healthedu.reporting;

import java.io.Serializable;

/** A narrative section and the version to send back with an edit (0 for one never written). */
public record ReportSectionView(SectionKind kind, String body, long version) implements Serializable {
}
