package org.healthedu.enrolment;

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
import java.time.LocalDate;
import org.healthedu.account.Account;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * A participant in a batch (报名), from the day they joined until they left. Never deleted and never reopened: a move
 * ends this one as MOVED and starts a new one in the other batch that points back here, so the history reads in
 * order and each batch's counts stay right. The project is kept beside the batch so that the database itself allows
 * one active enrolment per person and project.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends Tracked {

    public static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false)
    private Batch batch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status = EnrolmentStatus.ACTIVE;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = REASON_MAX)
    private String endReason;

    /** For an enrolment that continues a move: the one it replaced in the other batch. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "moved_from_id")
    private Enrolment movedFrom;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolled_by", nullable = false)
    private Account enrolledBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ended_by")
    private Account endedBy;

    protected Enrolment() {
    }

    /**
     * {@code participant} joins {@code batch} on {@code on}. The participant's own conditions (not anonymised, consent
     * for a child) are checked here; capacity and "not enrolled already" need the other enrolments and are checked by
     * the service under the batch's lock.
     */
    public Enrolment(Batch batch, Participant participant, boolean consentInForce, LocalDate on, Account by,
            Enrolment movedFrom) {
        batch.project().requireOpen();
        requireEnrollable(participant, consentInForce, on);
        this.batch = batch;
        this.project = batch.project();
        this.participant = participant;
        this.enrolledOn = on;
        this.enrolledBy = by;
        this.movedFrom = movedFrom;
    }

    /**
     * Whether a person may join a batch on {@code day}: not anonymised, and a child who could be under 14 only with a
     * guardian's consent in force.
     */
    public static void requireEnrollable(Participant participant, boolean consentInForce, LocalDate day) {
        if (participant.isAnonymised()) {
            throw DomainException.conflict("participantId", "participant.anonymised");
        }
        if (Age.needsConsent(participant.birthYear(), day) && !consentInForce) {
            throw DomainException.invalid("participantId", "enrolment.consentRequired",
                    participant.displayName());
        }
    }

    /** Leaves the batch for another one of the project; the new enrolment is the caller's to create. */
    void endByMove(LocalDate on, String reason, Account by) {
        end(EnrolmentStatus.MOVED, on, reason, by);
    }

    /** Leaves the batch, on a day neither before joining nor in the future, with an optional reason. */
    public void withdraw(LocalDate on, String reason, Account by) {
        end(EnrolmentStatus.WITHDRAWN, on, reason, by);
    }

    /** Ends because the guardian withdrew consent: no reason kept (it would say something about the person). */
    void endByConsentWithdrawal(LocalDate on, Account by) {
        if (status != EnrolmentStatus.ACTIVE) {
            throw DomainException.conflict(null, "enrolment.notActive");
        }
        this.status = EnrolmentStatus.CONSENT_WITHDRAWN;
        this.endedOn = on.isBefore(enrolledOn) ? enrolledOn : on;
        this.endedBy = by;
    }

    private void end(EnrolmentStatus newStatus, LocalDate on, String reason, Account by) {
        batch.project().requireOpen();
        if (status != EnrolmentStatus.ACTIVE) {
            throw DomainException.conflict(null, "enrolment.notActive");
        }
        checkEndDate(on, enrolledOn, Age.today());
        String checkedReason = Text.optional("reason", reason, REASON_MAX);
        this.status = newStatus;
        this.endedOn = on;
        this.endReason = checkedReason;
        this.endedBy = by;
    }

    /** An end date: required, not before the day the person joined, not in the future. */
    public static void checkEndDate(LocalDate on, LocalDate enrolledOn, LocalDate today) {
        if (on == null) {
            throw DomainException.invalid("date", "error.required");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("date", "enrolment.date.future");
        }
        if (on.isBefore(enrolledOn)) {
            throw DomainException.invalid("date", "enrolment.date.beforeEnrolled", enrolledOn.toString());
        }
    }

    public Long id() {
        return id;
    }

    public Batch batch() {
        return batch;
    }

    public Project project() {
        return project;
    }

    public Participant participant() {
        return participant;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Enrolment movedFrom() {
        return movedFrom;
    }
}
