package org.healthedu.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Tracked;

/**
 * A unit's completion report on a project for a period. Its status only moves along the workflow through the methods
 * here, each refusing a step that does not start from the right status (409 in the API).
 */
@Entity
@Table(name = "completion_report")
public class CompletionReport extends Tracked {

    public static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "completion_report_seq")
    @SequenceGenerator(name = "completion_report_seq", sequenceName = "completion_report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private OrganisationUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, updatable = false, length = 8)
    private PeriodKind periodKind;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_unit_id", updatable = false)
    private OrganisationUnit reviewerUnit;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "review_comment", length = COMMENT_MAX)
    private String reviewComment;

    @Column(name = "snapshot_id")
    private Long snapshotId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    protected CompletionReport() {
    }

    CompletionReport(Project project, OrganisationUnit unit, ReportPeriod period, LocalDate dueOn,
            OrganisationUnit reviewerUnit, long createdBy) {
        this.project = project;
        this.unit = unit;
        this.periodKind = period.kind();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.dueOn = dueOn;
        this.reviewerUnit = reviewerUnit;
        this.createdBy = createdBy;
    }

    void submit(long snapshot, long actor) {
        require(status.editable());
        status = ReportStatus.SUBMITTED;
        snapshotId = snapshot;
        submittedAt = Instant.now();
        submittedBy = actor;
        reviewedAt = null;
        reviewedBy = null;
    }

    void returnWith(String comment, long actor) {
        require(status == ReportStatus.SUBMITTED);
        status = ReportStatus.RETURNED;
        reviewComment = comment;
        reviewedAt = Instant.now();
        reviewedBy = actor;
    }

    void accept(String comment, long actor) {
        require(status == ReportStatus.SUBMITTED);
        status = ReportStatus.ACCEPTED;
        reviewComment = comment;
        reviewedAt = Instant.now();
        reviewedBy = actor;
    }

    /** Back to the preparer (as RETURNED, so the comment shows why); the snapshot stays until the next submission. */
    void reopen(String comment, long actor) {
        require(status == ReportStatus.ACCEPTED);
        status = ReportStatus.RETURNED;
        reviewComment = comment;
        reviewedAt = Instant.now();
        reviewedBy = actor;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw DomainException.conflict("status", "report.transition.invalid", status.name());
        }
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public OrganisationUnit unit() {
        return unit;
    }

    public ReportPeriod period() {
        return new ReportPeriod(periodKind, periodStart, periodEnd);
    }

    public ReportStatus status() {
        return status;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public OrganisationUnit reviewerUnit() {
        return reviewerUnit;
    }

    public Long snapshotId() {
        return snapshotId;
    }

    public Long submittedBy() {
        return submittedBy;
    }
}
