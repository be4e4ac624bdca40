package org.healthedu.reporting;

/** A completion report's place on its way up: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (editable again). */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Its preparer may still edit it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
