package org.healthedu.curriculum;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;

/**
 * A lesson (节课) of a curriculum: titles and its ordered segments. Its id is drawn by the service before it is made
 * (see {@code curriculum_lesson_seq}), so a new lesson's lineage id can be its own id from the first insert; a copy in
 * a newer version keeps the lineage id of the lesson it copies.
 */
@Entity
@Table(name = "curriculum_lesson")
public class CurriculumLesson {

    public static final int TITLE_MAX = 200;

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "curriculum_id", nullable = false)
    private Curriculum curriculum;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_zh", nullable = false, length = TITLE_MAX)
    private String titleZh;

    @Column(name = "title_en", length = TITLE_MAX)
    private String titleEn;

    @Column(name = "lineage_id", nullable = false, updatable = false)
    private long lineageId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CurriculumSegment> segments = new ArrayList<>();

    protected CurriculumLesson() {
    }

    /** A new lesson: its lineage starts with itself. */
    CurriculumLesson(long id, Curriculum curriculum, int position, String titleZh, String titleEn) {
        this.id = id;
        this.curriculum = curriculum;
        this.position = position;
        this.lineageId = id;
        retitle(titleZh, titleEn);
    }

    /** A copy of {@code original} with its segments; {@code sameLineage} keeps the original's lineage id. */
    CurriculumLesson(long id, Curriculum curriculum, CurriculumLesson original, boolean sameLineage) {
        this.id = id;
        this.curriculum = curriculum;
        this.position = original.position;
        this.titleZh = original.titleZh;
        this.titleEn = original.titleEn;
        this.lineageId = sameLineage ? original.lineageId : id;
        for (CurriculumSegment segment : original.segments) {
            segments.add(new CurriculumSegment(this, segment));
        }
    }

    void retitle(String newTitleZh, String newTitleEn) {
        String checkedZh = Text.required("titleZh", newTitleZh, TITLE_MAX);
        String checkedEn = Text.optional("titleEn", newTitleEn, TITLE_MAX);
        this.titleZh = checkedZh;
        this.titleEn = checkedEn;
    }

    /** Appends a segment, or puts it at {@code position} (1 = first; null = last). */
    CurriculumSegment addSegment(SegmentDraft draft, Integer position) {
        CurriculumSegment segment = new CurriculumSegment(this, segments.size() + 1, draft);
        insert(segment, position == null ? segments.size() + 1 : position, segments.size() + 1);
        return segment;
    }

    /** Takes the segment out of this lesson, renumbering the rest; the caller deletes it or puts it elsewhere. */
    void detach(CurriculumSegment segment) {
        if (!segments.remove(segment)) {
            throw DomainException.notFound("curriculum.segment.notFound", segment.id());
        }
        renumber();
    }

    /** Puts a segment (new, or detached from its lesson) at {@code position} among this lesson's segments. */
    void insert(CurriculumSegment segment, int position, int limit) {
        Curriculum.requirePosition(position, limit);
        segments.remove(segment);
        segments.add(position - 1, segment);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < segments.size(); i++) {
            segments.get(i).placeIn(this, i + 1);
        }
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public Long id() {
        return id;
    }

    public Curriculum curriculum() {
        return curriculum;
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

    public long lineageId() {
        return lineageId;
    }

    public List<CurriculumSegment> segments() {
        return Collections.unmodifiableList(segments);
    }

    public int minutes() {
        return segments.stream().mapToInt(CurriculumSegment::durationMinutes).sum();
    }
}
