package org.healthedu.curriculum;

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
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;

/** One training segment (环节) of a lesson: titles, objectives and a duration in minutes. */
@Entity
@Table(name = "curriculum_segment")
public class CurriculumSegment {

    public static final int TITLE_MAX = 200;
    public static final int OBJECTIVES_MAX = 2000;
    /** A segment longer than a long training day is a typing mistake. */
    public static final int DURATION_MAX = 480;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_segment_seq")
    @SequenceGenerator(name = "curriculum_segment_seq", sequenceName = "curriculum_segment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false)
    private CurriculumLesson lesson;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_zh", nullable = false, length = TITLE_MAX)
    private String titleZh;

    @Column(name = "title_en", length = TITLE_MAX)
    private String titleEn;

    @Column(length = OBJECTIVES_MAX)
    private String objectives;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected CurriculumSegment() {
    }

    CurriculumSegment(CurriculumLesson lesson, int position, SegmentDraft draft) {
        this.lesson = lesson;
        this.position = position;
        describe(draft);
    }

    /** A copy of {@code original} in another lesson (a new version or an adoption). */
    CurriculumSegment(CurriculumLesson lesson, CurriculumSegment original) {
        this.lesson = lesson;
        this.position = original.position;
        this.titleZh = original.titleZh;
        this.titleEn = original.titleEn;
        this.objectives = original.objectives;
        this.durationMinutes = original.durationMinutes;
    }

    /** Replaces the segment's content, each field checked before any is assigned. */
    void describe(SegmentDraft draft) {
        if (draft == null) {
            throw DomainException.invalid("titleZh", "error.required");
        }
        String checkedTitleZh = Text.required("titleZh", draft.titleZh(), TITLE_MAX);
        String checkedTitleEn = Text.optional("titleEn", draft.titleEn(), TITLE_MAX);
        String checkedObjectives = Text.multiline("objectives", draft.objectives(), OBJECTIVES_MAX);
        Integer minutes = draft.durationMinutes();
        if (minutes == null) {
            throw DomainException.invalid("durationMinutes", "error.required");
        }
        if (minutes < 1 || minutes > DURATION_MAX) {
            throw DomainException.invalid("durationMinutes", "curriculum.segment.duration", DURATION_MAX);
        }
        this.titleZh = checkedTitleZh;
        this.titleEn = checkedTitleEn;
        this.objectives = checkedObjectives;
        this.durationMinutes = minutes;
    }

    void placeIn(CurriculumLesson newLesson, int newPosition) {
        this.lesson = newLesson;
        this.position = newPosition;
    }

    public Long id() {
        return id;
    }

    public CurriculumLesson lesson() {
        return lesson;
    }

    public int position() {
        return position;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String objectives() {
        return objectives;
    }

    public int durationMinutes() {
        return durationMinutes;
    }
}
