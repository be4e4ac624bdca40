package org.healthedu.project;

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
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Tracked;

/**
 * A project's planned value for one indicator (目标). Changing it after the breakdown keeps every allocation: the
 * difference is shown (shortfall or excess), never resolved by deleting anyone's share.
 */
@Entity
@Table(name = "target")
public class Target extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_seq")
    @SequenceGenerator(name = "target_seq", sequenceName = "target_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    @Column(name = "planned_value", nullable = false)
    private long plannedValue;

    protected Target() {
    }

    /** A target of {@code project} on an indicator that is standard or the project's own. */
    public Target(Project project, Indicator indicator, Long plannedValue) {
        project.requireOpen();
        if (!indicator.isUsableBy(project)) {
            throw DomainException.invalid("indicatorId", "target.indicator.foreign");
        }
        this.plannedValue = Breakdown.checkedValue("plannedValue", plannedValue);
        this.project = project;
        this.indicator = indicator;
    }

    /** Sets a new planned value; the allocations stay as they are. */
    public void plan(Long newValue) {
        project.requireOpen();
        this.plannedValue = Breakdown.checkedValue("plannedValue", newValue);
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Indicator indicator() {
        return indicator;
    }

    public long plannedValue() {
        return plannedValue;
    }
}
