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

/** A titled group of questions in a form version. */
@Entity
@Table(name = "feedback_section")
public class FormSection {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_section_seq")
    @SequenceGenerator(name = "feedback_section_seq", sequenceName = "feedback_section_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private FormVersion version;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_zh", nullable = false, length = TITLE_MAX)
    private String titleZh;

    @Column(name = "title_en", length = TITLE_MAX)
    private String titleEn;

    protected FormSection() {
    }

    public FormSection(FormVersion version, int position, String titleZh, String titleEn) {
        this.version = version;
        this.position = position;
        this.titleZh = Text.required("titleZh", titleZh, TITLE_MAX);
        this.titleEn = Text.optional("titleEn", titleEn, TITLE_MAX);
    }

    public Long id() {
        return id;
    }

    public FormVersion version() {
        return version;
    }

    public int position() {
        return position;
    }
}
