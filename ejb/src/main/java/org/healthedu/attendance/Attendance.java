package org.healthedu.attendance;

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
import org.healthedu.account.Account;
import org.healthedu.enrolment.Participant;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * One person's mark for one session. Its own version (from {@link Tracked}) makes concurrent recording collide only
 * on the same person; whoever writes it says how ({@link AttendanceSource}) and who (null: the participant checking in
 * themselves).
 */
@Entity
@Table(name = "attendance")
public class Attendance extends Tracked {

    public static final int NOTE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
    @SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceStatus status;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by")
    private Account recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {
    }

    public Attendance(TrainingSession session, Participant participant, boolean walkIn) {
        this.session = session;
        this.participant = participant;
        this.walkIn = walkIn;
    }

    /** Records a mark (and note) made now, by {@code by} (null: the participant) through {@code how}. */
    public void record(AttendanceStatus newStatus, String newNote, AttendanceSource how, Account by) {
        if (newStatus == null) {
            throw DomainException.invalid("status", "error.required");
        }
        this.status = newStatus;
        this.note = Text.optional("note", newNote, NOTE_MAX);
        this.source = how;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public TrainingSession session() {
        return session;
    }

    public Participant participant() {
        return participant;
    }

    public AttendanceStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public boolean walkIn() {
        return walkIn;
    }

    public AttendanceSource source() {
        return source;
    }

    public Account recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
