package org.healthedu.feedback;

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
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;

/**
 * A question of a form version. Its lineage is the id of its first appearance, carried into later versions, so that
 * results can follow the same question across versions.
 */
@Entity
@Table(name = "feedback_question")
public class FormQuestion {

    public static final int TEXT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_question_seq")
    @SequenceGenerator(name = "feedback_question_seq", sequenceName = "feedback_question_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private FormVersion version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false, updatable = false)
    private FormSection section;

    @Column(nullable = false)
    private int position;

    @Column(name = "lineage_id", nullable = false)
    private long lineageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false)
    private boolean required;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Measure measure;

    @Column(name = "text_zh", nullable = false, length = TEXT_MAX)
    private String textZh;

    @Column(name = "text_en", length = TEXT_MAX)
    private String textEn;

    protected FormQuestion() {
    }

    /**
     * A question; {@code lineageId} null starts a new lineage (set to the new id by {@link #startLineage()} after the
     * id is assigned).
     */
    public FormQuestion(FormSection section, int position, Long lineageId, QuestionKind kind, boolean required,
            Audience audience, Measure measure, String textZh, String textEn) {
        if (kind == null) {
            throw DomainException.invalid("kind", "error.required");
        }
        if (measure != null && !kind.isScale()) {
            throw DomainException.invalid("measure", "feedback.question.measure.scaleOnly");
        }
        this.version = section.version();
        this.section = section;
        this.position = position;
        this.lineageId = lineageId == null ? 0 : lineageId;
        this.kind = kind;
        this.required = required;
        this.audience = audience;
        this.measure = measure;
        this.textZh = Text.required("textZh", textZh, TEXT_MAX);
        this.textEn = Text.optional("textEn", textEn, TEXT_MAX);
    }

    /** For a question that starts its lineage: call after persist and flush (the id is then known). */
    public void startLineage() {
        if (lineageId == 0) {
            lineageId = id;
        }
    }

    public Long id() {
        return id;
    }

    public FormSection section() {
        return section;
    }

    public long lineageId() {
        return lineageId;
    }

    public QuestionKind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    public Audience audience() {
        return audience;
    }

    public Measure measure() {
        return measure;
    }
}
