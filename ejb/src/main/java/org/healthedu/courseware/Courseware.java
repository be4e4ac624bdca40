package org.healthedu.courseware;

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
import java.util.Objects;
import org.healthedu.project.ProjectSite;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Tracked;

/**
 * The courseware of one lesson at one project site: its versions, the newest of them, and the approved one that is
 * current (at most one). The lesson is held by its lineage, so the courseware is found again when the project's
 * curriculum gets a new version.
 */
@Entity
@Table(name = "courseware")
public class Courseware extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "courseware_seq")
    @SequenceGenerator(name = "courseware_seq", sequenceName = "courseware_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_site_id", nullable = false)
    private ProjectSite projectSite;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "lineage_id", nullable = false)
    private long lineageId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "latest_version_id")
    private CoursewareVersion latestVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private CoursewareVersion currentVersion;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    protected Courseware() {
    }

    /** Courseware for the lesson {@code lessonId} (of lineage {@code lineageId}) at {@code projectSite}. */
    public Courseware(ProjectSite projectSite, long lessonId, long lineageId, long createdBy) {
        projectSite.project().requireOpen();
        this.projectSite = projectSite;
        this.lessonId = lessonId;
        this.lineageId = lineageId;
        this.createdBy = createdBy;
    }

    /** Its first version, an empty draft by {@code authorId}. */
    public CoursewareVersion startFirstVersion(long authorId) {
        if (latestVersion != null) {
            throw new IllegalStateException("courseware " + id + " has versions already");
        }
        latestVersion = new CoursewareVersion(this, 1, authorId, null);
        return latestVersion;
    }

    /**
     * The next version, a draft by {@code authorId} copied from {@code from}, which must be the newest version and
     * decided by the management group (approved or returned). The caller copies the items.
     */
    public CoursewareVersion startNextVersion(CoursewareVersion from, long authorId) {
        requireLatest(from);
        from.status().requireCanStartNextVersion();
        latestVersion = new CoursewareVersion(this, from.number() + 1, authorId, from);
        return latestVersion;
    }

    /** Takes a workflow step on the newest version; an approval makes that version the current one. */
    public CoursewareStatus perform(CoursewareVersion target, CoursewareTransition transition) {
        requireLatest(target);
        CoursewareStatus before = target.status();
        target.moveTo(transition.applyTo(before));
        if (target.status() == CoursewareStatus.APPROVED) {
            currentVersion = target;
        }
        return before;
    }

    /** Whether {@code version} is this courseware's newest. Compared by id: the field may be a lazy proxy. */
    public boolean isLatest(CoursewareVersion version) {
        return latestVersion != null && Objects.equals(latestVersion.id(), version.id());
    }

    private void requireLatest(CoursewareVersion version) {
        if (latestVersion != version && !isLatest(version)) {
            throw DomainException.conflict("version", "courseware.version.notLatest");
        }
    }

    public Long id() {
        return id;
    }

    public ProjectSite projectSite() {
        return projectSite;
    }

    public long lessonId() {
        return lessonId;
    }

    public long lineageId() {
        return lineageId;
    }

    public CoursewareVersion latestVersion() {
        return latestVersion;
    }

    public CoursewareVersion currentVersion() {
        return currentVersion;
    }
}
