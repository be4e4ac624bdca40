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
import org.healthedu.account.Account;
import org.healthedu.curriculum.CurriculumLesson;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * An adjustment (调整记录): what trainers change in the next sessions because of a session's feedback, on the
 * session's lesson and optionally prompted by one question.
 */
@Entity
@Table(name = "feedback_adjustment")
public class FeedbackAdjustment extends Tracked {

    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_adjustment_seq")
    @SequenceGenerator(name = "feedback_adjustment_seq", sequenceName = "feedback_adjustment_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false, updatable = false)
    private CurriculumLesson lesson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private FormQuestion question;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private Account createdBy;

    protected FeedbackAdjustment() {
    }

    public FeedbackAdjustment(TrainingSession session, FormQuestion question, String description, Account createdBy) {
        this.session = session;
        this.lesson = session.lesson();
        this.createdBy = createdBy;
        change(question, description);
    }

    public void change(FormQuestion question, String description) {
        this.question = question;
        String text = Text.multiline("description", description, DESCRIPTION_MAX);
        if (text == null) {
            throw DomainException.invalid("description", "error.required");
        }
        this.description = text;
    }

    public Long id() {
        return id;
    }

    public TrainingSession session() {
        return session;
    }
}
