package org.healthedu.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an export of a completion report shows: its header, narrative, attachments, the figures (frozen at the
 * latest submission, else live), what changed since that submission, and who did what.
 */
public record ReportDocument(long reportId, ReportStatus status, ReportPeriod period, String unitCode,
        String unitNameZh, String unitNameEn, String reviewerUnitNameZh, String reviewerUnitNameEn,
        Map<SectionKind, String> sections, List<Attachment> attachments, ReportFigures figures, boolean frozen,
        List<Change> changes, List<Event> history, Instant preparedAt) implements Serializable {

    /** An attached file: its stored file id, kind (PHOTO, DOCUMENT, ARCHIVE_LIST), caption and file name. */
    public record Attachment(long fileId, String kind, String caption, String fileName, long sizeBytes)
            implements Serializable {
    }

    /** A figure that differs between the frozen snapshot and the data now (unit null: the report's total). */
    public record Change(Long unitId, String unitNameZh, String measure, BigDecimal frozen, BigDecimal now)
            implements Serializable {
    }

    /** Who did what and when. */
    public record Event(String action, ReportStatus from, ReportStatus to, String comment, String actorName,
            Instant at) implements Serializable {
    }
}
