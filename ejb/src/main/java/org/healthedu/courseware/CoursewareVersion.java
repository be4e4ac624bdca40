package org.healthedu.courseware;

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
import org.healthedu.shared.Tracked;

/**
 * One version of a courseware: numbered from 1, with its status in the approval workflow and the lecturer who
 * started it. Its files and links are {@link CoursewareItem}s; they change only while it is a draft.
 */
@Entity
@Table(name = "courseware_version")
public class CoursewareVersion extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "courseware_version_seq")
    @SequenceGenerator(name = "courseware_version_seq", sequenceName = "courseware_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "courseware_id", nullable = false)
    private Courseware courseware;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CoursewareStatus status = CoursewareStatus.DRAFT;

    @Column(name = "author_account_id", nullable = false)
    private long authorId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_id")
    private CoursewareVersion basedOn;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt = Instant.now();

    protected CoursewareVersion() {
    }

    CoursewareVersion(Courseware courseware, int number, long authorId, CoursewareVersion basedOn) {
        this.courseware = courseware;
        this.number = number;
        this.authorId = authorId;
        this.basedOn = basedOn;
    }

    void moveTo(CoursewareStatus next) {
        status = next;
        statusChangedAt = Instant.now();
    }

    public boolean isAuthor(long accountId) {
        return authorId == accountId;
    }

    public Long id() {
        return id;
    }

    public Courseware courseware() {
        return courseware;
    }

    public int number() {
        return number;
    }

    public CoursewareStatus status() {
        return status;
    }

    public long authorId() {
        return authorId;
    }

    public CoursewareVersion basedOn() {
        return basedOn;
    }
}
