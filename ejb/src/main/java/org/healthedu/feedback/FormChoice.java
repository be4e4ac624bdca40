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
import org.healthedu.shared.Text;

/** One choice of a single- or multiple-choice question. */
@Entity
@Table(name = "feedback_choice")
public class FormChoice {

    public static final int LABEL_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_choice_seq")
    @SequenceGenerator(name = "feedback_choice_seq", sequenceName = "feedback_choice_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private FormQuestion question;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_zh", nullable = false, length = LABEL_MAX)
    private String labelZh;

    @Column(name = "label_en", length = LABEL_MAX)
    private String labelEn;

    protected FormChoice() {
    }

    public FormChoice(FormQuestion question, int position, String labelZh, String labelEn) {
        this.question = question;
        this.position = position;
        this.labelZh = Text.required("labelZh", labelZh, LABEL_MAX);
        this.labelEn = Text.optional("labelEn", labelEn, LABEL_MAX);
    }

    public Long id() {
        return id;
    }
}
