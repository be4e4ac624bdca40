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
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthedu.account.Account;
import org.healthedu.enrolment.Participant;
import org.healthedu.session.TrainingSession;

/**
 * One change to a mark after it was first recorded: who, when, how, the status and note before and after, and the
 * attendance row's version it produced. Written by {@link MarkWriter} (set-based, one statement for a whole roll call);
 * never changed afterwards.
 */
@Entity
@Table(name = "attendance_change")
public class AttendanceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendance_id", nullable = false, updatable = false)
    private Attendance attendance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "version_after", nullable = false, updatable = false)
    private long versionAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_status", nullable = false, updatable = false, length = 10)
    private AttendanceStatus oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false, updatable = false, length = 10)
    private AttendanceStatus newStatus;

    @Column(name = "old_note", updatable = false, length = Attendance.NOTE_MAX)
    private String oldNote;

    @Column(name = "new_note", updatable = false, length = Attendance.NOTE_MAX)
    private String newNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AttendanceSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by", updatable = false)
    private Account changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected AttendanceChange() {
    }

    public Long id() {
        return id;
    }

    public long versionAfter() {
        return versionAfter;
    }

    public AttendanceStatus oldStatus() {
        return oldStatus;
    }

    public AttendanceStatus newStatus() {
        return newStatus;
    }
}
