package org.healthedu.enrolment;

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
import java.time.LocalDate;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectSite;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * A cohort of participants going through a project's curriculum together at one of its sites (批次), numbered within
 * the project (第1批, 第2批 …). Its capacity caps the active enrolments; the service counts them under a lock on this row
 * so that two coordinators enrolling at once cannot overfill it. A closed project's batches are read-only.
 */
@Entity
@Table(name = "batch")
public class Batch extends Tracked {

    public static final int NAME_MAX = 100;
    public static final int CAPACITY_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "batch_seq")
    @SequenceGenerator(name = "batch_seq", sequenceName = "batch_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_site_id", nullable = false)
    private ProjectSite projectSite;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(nullable = false)
    private int capacity;

    /** The version of the project's curriculum the batch follows (null: none adopted yet); see BatchCurriculum. */
    @Column(name = "curriculum_id")
    private Long curriculumId;

    protected Batch() {
    }

    /** Batch {@code number} of {@code projectSite}'s project; the caller picked the next free number. */
    public Batch(ProjectSite projectSite, int number, BatchDetails details) {
        Project owner = projectSite.project();
        owner.requireOpen();
        this.project = owner;
        this.projectSite = projectSite;
        this.number = number;
        apply(details, 0);
    }

    /** New details; the capacity may not drop below the {@code activeCount} people enrolled now. */
    public void revise(BatchDetails details, long activeCount) {
        project.requireOpen();
        apply(details, activeCount);
    }

    /** Refuses one more enrolment when {@code activeCount} people already fill the batch. */
    public void requireRoomFor(long activeCount, long more) {
        if (activeCount + more > capacity) {
            throw DomainException.conflict("capacity", "batch.full", name, String.valueOf(capacity),
                    String.valueOf(activeCount));
        }
    }

    private void apply(BatchDetails details, long activeCount) {
        String checkedName = Text.required("name", details.name(), NAME_MAX);
        int checkedCapacity = checkedCapacity(details.capacity());
        if (checkedCapacity < activeCount) {
            throw DomainException.invalid("capacity", "batch.capacity.belowEnrolled", String.valueOf(activeCount));
        }
        this.name = checkedName;
        this.plannedStart = details.plannedStart();
        this.capacity = checkedCapacity;
    }

    /** From now on the batch follows this version of its project's curriculum (checked by the caller). */
    void follow(long versionId) {
        project.requireOpen();
        this.curriculumId = versionId;
    }

    static int checkedCapacity(Integer capacity) {
        if (capacity == null) {
            throw DomainException.invalid("capacity", "error.required");
        }
        if (capacity < 1 || capacity > CAPACITY_MAX) {
            throw DomainException.invalid("capacity", "batch.capacity.range", String.valueOf(CAPACITY_MAX));
        }
        return capacity;
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public ProjectSite projectSite() {
        return projectSite;
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public int capacity() {
        return capacity;
    }

    public Long curriculumId() {
        return curriculumId;
    }
}
