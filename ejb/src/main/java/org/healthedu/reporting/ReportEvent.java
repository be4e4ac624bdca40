package org.healthedu.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who did what to a report and when; never changed. */
@Entity
@Table(name = "report_event")
public class ReportEvent {

    /** What happened. */
    public enum Action { CREATED, EDITED, ATTACHED, DETACHED, SUBMITTED, RETURNED, ACCEPTED, REOPENED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_event_seq")
    @SequenceGenerator(name = "report_event_seq", sequenceName = "report_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 10, updatable = false)
    private ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 10, updatable = false)
    private ReportStatus toStatus;

    @Column(length = CompletionReport.COMMENT_MAX, updatable = false)
    private String comment;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private Long actorId;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant happenedAt = Instant.now();

    protected ReportEvent() {
    }

    ReportEvent(long reportId, Action action, ReportStatus from, ReportStatus to, String comment, long actorId) {
        this.reportId = reportId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.comment = comment;
        this.actorId = actorId;
    }
}
