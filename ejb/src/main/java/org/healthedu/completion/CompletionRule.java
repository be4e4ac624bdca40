package org.healthedu.completion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Tracked;

/**
 * A project's completion rule. A project without a row follows {@link #defaults}: all lessons but one, LATE counts as
 * attended, EXCUSED does not.
 */
@Entity
@Table(name = "project_completion_rule")
public class CompletionRule extends Tracked {

    public static final int MIN_LESSONS_MAX = 200;

    @Id
    @Column(name = "project_id")
    private Long projectId;

    /** Null: all lessons of the batch's curriculum but one. */
    @Column(name = "min_lessons")
    private Integer minLessons;

    @Column(name = "late_counts", nullable = false)
    private boolean lateCounts = true;

    @Column(name = "excused_counts", nullable = false)
    private boolean excusedCounts;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    protected CompletionRule() {
    }

    public CompletionRule(long projectId, long updatedBy) {
        this.projectId = projectId;
        this.updatedBy = updatedBy;
    }

    public void change(Integer newMinLessons, boolean newLateCounts, boolean newExcusedCounts, long by) {
        if (newMinLessons != null && (newMinLessons < 1 || newMinLessons > MIN_LESSONS_MAX)) {
            throw DomainException.invalid("minLessons", "completion.rule.minLessons", MIN_LESSONS_MAX);
        }
        minLessons = newMinLessons;
        lateCounts = newLateCounts;
        excusedCounts = newExcusedCounts;
        updatedBy = by;
    }

    public RuleView view() {
        return new RuleView(projectId, minLessons, lateCounts, excusedCounts, version());
    }

    public static RuleView defaults(long projectId) {
        return new RuleView(projectId, null, true, false, 0);
    }
}
