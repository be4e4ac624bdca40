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
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;

/** One line of a courseware's history: who did what to which version, when, with their comment. Never changed. */
@Entity
@Table(name = "courseware_event")
public class CoursewareEvent {

    public static final int COMMENT_MAX = 4000;
    static final int DETAIL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "courseware_event_seq")
    @SequenceGenerator(name = "courseware_event_seq", sequenceName = "courseware_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "courseware_id", nullable = false)
    private Courseware courseware;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private CoursewareVersion version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CoursewareEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private CoursewareStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    private CoursewareStatus toStatus;

    @Column(name = "actor_account_id", nullable = false)
    private long actorId;

    @Column(length = COMMENT_MAX)
    private String comment;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected CoursewareEvent() {
    }

    private CoursewareEvent(CoursewareVersion version, CoursewareEventKind kind, CoursewareStatus fromStatus,
            CoursewareStatus toStatus, long actorId, String comment, String detail) {
        this.courseware = version.courseware();
        this.version = version;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actorId;
        this.comment = comment;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    /** A step of the workflow, with the comment given (required where the step asks for one). */
    public static CoursewareEvent step(CoursewareVersion version, CoursewareTransition transition,
            CoursewareStatus from, long actorId, String comment) {
        return new CoursewareEvent(version, CoursewareEventKind.of(transition), from, version.status(), actorId,
                checkedComment(comment, transition.isCommentRequired()), null);
    }

    /** A version started (the first, or the next one copied from {@code version.basedOn()}). */
    public static CoursewareEvent started(CoursewareVersion version, long actorId) {
        return new CoursewareEvent(version, version.basedOn() == null ? CoursewareEventKind.CREATED
                : CoursewareEventKind.NEW_VERSION, null, version.status(), actorId, null,
                version.basedOn() == null ? null : String.valueOf(version.basedOn().number()));
    }

    /** A file or link added to or removed from a draft; {@code detail} names it. */
    public static CoursewareEvent itemChanged(CoursewareVersion version, boolean added, long actorId,
            String detail) {
        return new CoursewareEvent(version, added ? CoursewareEventKind.ITEM_ADDED : CoursewareEventKind.ITEM_REMOVED,
                null, null, actorId, null, detail);
    }

    /** A comment on a version: required text, at most {@value #COMMENT_MAX} characters, paragraphs allowed. */
    public static CoursewareEvent comment(CoursewareVersion version, long actorId, String comment) {
        return new CoursewareEvent(version, CoursewareEventKind.COMMENT, null, null, actorId,
                checkedComment(comment, true), null);
    }

    static String checkedComment(String comment, boolean required) {
        String checked = Text.multiline("comment", comment, COMMENT_MAX);
        if (required && checked == null) {
            throw DomainException.invalid("comment", "courseware.comment.required");
        }
        return checked;
    }

    public Long id() {
        return id;
    }

    public CoursewareEventKind kind() {
        return kind;
    }

    public String comment() {
        return comment;
    }
}
