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
import java.time.Instant;
import java.time.LocalDate;
import org.healthedu.account.Account;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;

/**
 * A guardian's consent for a minor to take part (监护人同意), as recorded from the signed form, and who recorded it.
 * A participant has at most one consent in force. Withdrawing it is final: the record stays (that consent existed,
 * when and until when) but the guardian's name is blanked with the participant's.
 */
@Entity
@Table(name = "guardian_consent")
public class GuardianConsent {

    public static final int GUARDIAN_NAME_MAX = 60;
    public static final int RELATION_MAX = 20;
    public static final int TEXT_VERSION_MAX = 20;
    /** The consent text currently handed out, offered as the default version when consent is recorded. */
    public static final String CURRENT_TEXT_VERSION = "2026-1";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_consent_seq")
    @SequenceGenerator(name = "guardian_consent_seq", sequenceName = "guardian_consent_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @Column(name = "guardian_name", length = GUARDIAN_NAME_MAX)
    private String guardianName;

    @Column(nullable = false, length = RELATION_MAX)
    private String relation;

    @Column(name = "consent_date", nullable = false)
    private LocalDate consentDate;

    @Column(name = "text_version", nullable = false, length = TEXT_VERSION_MAX)
    private String textVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", nullable = false)
    private Account recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.now();

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "withdrawn_by")
    private Account withdrawnBy;

    protected GuardianConsent() {
    }

    /** The consent for {@code participant}, who must be possibly under 18 on {@code today} (an adult consents alone). */
    public GuardianConsent(Participant participant, ConsentDraft draft, Account recordedBy, LocalDate today) {
        participant.requireNotAnonymised();
        if (!Age.possiblyMinor(participant.birthYear(), today)) {
            throw DomainException.invalid("consent", "consent.notMinor");
        }
        Checked checked = check(draft, participant.birthYear(), today);
        this.participant = participant;
        this.guardianName = checked.guardianName();
        this.relation = checked.relation();
        this.consentDate = checked.consentDate();
        this.textVersion = checked.textVersion();
        this.recordedBy = recordedBy;
    }

    /** A consent's fields, checked. */
    public record Checked(String guardianName, String relation, LocalDate consentDate, String textVersion) {
    }

    /**
     * Checks a consent's fields: all required; signed on a day neither in the future nor before the participant was
     * born (the birth year's first day, all we know).
     */
    public static Checked check(ConsentDraft draft, Integer birthYear, LocalDate today) {
        ConsentDraft d = draft == null ? new ConsentDraft(null, null, null, null) : draft;
        String name = Text.required("guardianName", d.guardianName(), GUARDIAN_NAME_MAX);
        String relation = Text.required("guardianRelation", d.relation(), RELATION_MAX);
        if (d.consentDate() == null) {
            throw DomainException.invalid("consentDate", "error.required");
        }
        if (d.consentDate().isAfter(today)) {
            throw DomainException.invalid("consentDate", "consent.date.future");
        }
        if (birthYear != null && d.consentDate().getYear() < birthYear) {
            throw DomainException.invalid("consentDate", "consent.date.beforeBirth");
        }
        String version = Text.required("consentTextVersion", d.textVersion(), TEXT_VERSION_MAX);
        return new Checked(name, relation, d.consentDate(), version);
    }

    /** Ends the consent for good and blanks the guardian's name. */
    void withdraw(Account by, Instant when) {
        if (withdrawnAt != null) {
            throw DomainException.conflict(null, "consent.none");
        }
        withdrawnAt = when;
        withdrawnBy = by;
        guardianName = null;
    }

    public Long id() {
        return id;
    }

    public Participant participant() {
        return participant;
    }

    public boolean isInForce() {
        return withdrawnAt == null;
    }
}
