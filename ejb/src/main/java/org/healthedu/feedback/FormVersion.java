package org.healthedu.feedback;

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
import org.healthedu.account.Account;

/**
 * One version of a form's content (its sections, questions and choices point at it). Once a response points at a
 * version, the version is never changed: editing the form then makes the next version.
 */
@Entity
@Table(name = "feedback_form_version")
public class FormVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_form_version_seq")
    @SequenceGenerator(name = "feedback_form_version_seq", sequenceName = "feedback_form_version_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private FeedbackForm form;

    @Column(nullable = false, updatable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected FormVersion() {
    }

    public FormVersion(FeedbackForm form, int number, Account createdBy) {
        this.form = form;
        this.number = number;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public FeedbackForm form() {
        return form;
    }

    public int number() {
        return number;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
