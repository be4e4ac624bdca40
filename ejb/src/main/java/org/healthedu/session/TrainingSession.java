package org.healthedu.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.healthedu.account.Account;
import org.healthedu.curriculum.CurriculumLesson;
import org.healthedu.enrolment.Batch;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectSite;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * A training session (培训场次): one lesson of a batch, at the batch's project site, in a room, from a start to an end,
 * with a lead trainer and the other trainers and observers beside them. Rules that need only this row live here
 * (times, reasons, status steps); rules that need other rows (group membership, approved courseware, booking
 * conflicts) are the service's.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends Tracked {

    public static final int ROOM_MAX = 100;
    public static final int REASON_MAX = 500;
    /** No session lasts longer than this (a typo in a date would otherwise book a room for a week). */
    public static final Duration LONGEST = Duration.ofHours(12);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false)
    private Batch batch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_site_id", nullable = false)
    private ProjectSite projectSite;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false)
    private CurriculumLesson lesson;

    @Column(length = ROOM_MAX)
    private String room;

    @Column(name = "room_key", length = ROOM_MAX)
    private String roomKey;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_trainer_id", nullable = false)
    private Account leadTrainer;

    @Column(name = "courseware_version_id")
    private Long coursewareVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "override_reason", length = REASON_MAX)
    private String overrideReason;

    @Column(name = "checkin_code", length = 12)
    private String checkinCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private Account createdBy;

    @ElementCollection
    @CollectionTable(name = "session_staff", joinColumns = @JoinColumn(name = "session_id"))
    private Set<SessionStaff> staff = new HashSet<>();

    protected TrainingSession() {
    }

    /** A new PLANNED session of {@code batch}; the caller checked the lesson, people and courseware against the batch. */
    public TrainingSession(Batch batch, CurriculumLesson lesson, Instant startsAt, Instant endsAt, String room,
            Account leadTrainer, Account createdBy) {
        batch.project().requireOpen();
        this.project = batch.project();
        this.batch = batch;
        this.projectSite = batch.projectSite();
        this.createdBy = createdBy;
        this.lesson = lesson;
        this.leadTrainer = leadTrainer;
        place(startsAt, endsAt, room);
    }

    /** Checks and sets the time and room. */
    public void place(Instant start, Instant end, String newRoom) {
        requireTimes(start, end);
        String checkedRoom = Text.optional("room", newRoom, ROOM_MAX);
        this.startsAt = start;
        this.endsAt = end;
        this.room = checkedRoom;
        this.roomKey = roomKey(checkedRoom);
    }

    public static void requireTimes(Instant start, Instant end) {
        if (start == null) {
            throw DomainException.invalid("startsAt", "error.required");
        }
        if (end == null) {
            throw DomainException.invalid("endsAt", "error.required");
        }
        if (!end.isAfter(start)) {
            throw DomainException.invalid("endsAt", "session.times.order");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw DomainException.invalid("endsAt", "session.times.tooLong", String.valueOf(LONGEST.toHours()));
        }
    }

    /** The room as booking conflicts compare it: lower case, without spaces; null for no room. */
    public static String roomKey(String room) {
        if (room == null) {
            return null;
        }
        String key = room.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    public void lesson(CurriculumLesson newLesson) {
        this.lesson = newLesson;
    }

    public void leadTrainer(Account trainer) {
        this.leadTrainer = trainer;
    }

    public void coursewareVersion(Long versionId) {
        this.coursewareVersionId = versionId;
    }

    /** Replaces co-trainers and observers (the lead trainer is never among them). */
    public void staff(Set<SessionStaff> people) {
        staff.clear();
        for (SessionStaff person : people) {
            if (person.accountId() != leadTrainer.id()) {
                staff.add(person);
            }
        }
    }

    public void overrideReason(String reason) {
        this.overrideReason = Text.optional("overrideReason", reason, REASON_MAX);
    }

    /** The attendance was recorded: the session took place. */
    public void markHeld() {
        if (status == SessionStatus.CANCELLED) {
            throw DomainException.conflict("status", "session.status.cancelled");
        }
        this.status = SessionStatus.HELD;
        this.statusReason = null;
    }

    /** Called off (CANCELLED) or moved to a later date not yet fixed (POSTPONED), with a reason. */
    public void callOff(SessionStatus newStatus, String reason) {
        if (newStatus != SessionStatus.CANCELLED && newStatus != SessionStatus.POSTPONED) {
            throw DomainException.invalid("status", "session.status.invalid");
        }
        if (status == SessionStatus.HELD) {
            throw DomainException.conflict("status", "session.status.held");
        }
        this.statusReason = Text.required("reason", reason, REASON_MAX);
        this.status = newStatus;
    }

    /** Planned again (after a postponement, or a cancellation undone). */
    public void replan() {
        if (status == SessionStatus.HELD) {
            throw DomainException.conflict("status", "session.status.held");
        }
        this.status = SessionStatus.PLANNED;
        this.statusReason = null;
    }

    public void checkinCode(String code) {
        this.checkinCode = code;
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Batch batch() {
        return batch;
    }

    public ProjectSite projectSite() {
        return projectSite;
    }

    public CurriculumLesson lesson() {
        return lesson;
    }

    public String room() {
        return room;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Account leadTrainer() {
        return leadTrainer;
    }

    public Long coursewareVersionId() {
        return coursewareVersionId;
    }

    public SessionStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public String checkinCode() {
        return checkinCode;
    }

    public Set<SessionStaff> staff() {
        return Set.copyOf(staff);
    }

    /** Whether the account leads this session or is one of its trainers. */
    public boolean isTrainer(long accountId) {
        return leadTrainer.id() == accountId
                || staff.stream().anyMatch(s -> s.accountId() == accountId && s.role() == StaffRole.TRAINER);
    }

    public boolean isObserver(long accountId) {
        return staff.stream().anyMatch(s -> s.accountId() == accountId && s.role() == StaffRole.OBSERVER);
    }
}
