package org.healthedu.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthedu.account.Account;
import org.healthedu.project.Project;

/**
 * The form a project's sessions use: without a lesson, the project's default; with a lesson (its lineage, so the
 * choice survives new curriculum versions), that lesson's form.
 */
@Entity
@Table(name = "feedback_assignment")
public class FeedbackAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_assignment_seq")
    @SequenceGenerator(name = "feedback_assignment_seq", sequenceName = "feedback_assignment_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "lesson_lineage_id", updatable = false)
    private Long lessonLineageId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false)
    private FeedbackForm form;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assigned_by", nullable = false)
    private Account assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt = Instant.now();

    protected FeedbackAssignment() {
    }

    public FeedbackAssignment(Project project, Long lessonLineageId, FeedbackForm form, Account assignedBy) {
        this.project = project;
        this.lessonLineageId = lessonLineageId;
        reassign(form, assignedBy);
    }

    public void reassign(FeedbackForm form, Account assignedBy) {
        this.form = form;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Long lessonLineageId() {
        return lessonLineageId;
    }

    public FeedbackForm form() {
        return form;
    }
}
