package org.healthedu.curriculum;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * A curriculum: a template (no project) or one version of a project's own curriculum. The lessons and their
 * segments are edited through it, so positions stay 1..n without gaps. A version in use is never changed: the service
 * first makes the {@link #nextVersion next version} and edits that. Scope (who may see or change it) is checked by
 * {@link CurriculumService}.
 */
@Entity
@Table(name = "curriculum")
@NamedQuery(name = Curriculum.CURRENT_VERSION, query = Curriculum.VERSION_REF
        + "where p.id = :projectId order by c.versionNo desc")
@NamedQuery(name = Curriculum.VERSION, query = Curriculum.VERSION_REF + "where c.id = :id")
@NamedQuery(name = Curriculum.LESSON, query = Curriculum.LESSON_REF + "where l.id = :id")
@NamedQuery(name = Curriculum.LESSON_IN_VERSION, query = Curriculum.LESSON_REF
        + "where c.id = :curriculumId and l.lineageId = :lineageId")
public class Curriculum extends Tracked {

    static final String CURRENT_VERSION = "Curriculum.currentVersion";
    static final String VERSION = "Curriculum.version";
    static final String LESSON = "Curriculum.lesson";
    static final String LESSON_IN_VERSION = "Curriculum.lessonInVersion";

    static final String VERSION_REF = """
            select new org.healthedu.curriculum.CurriculumVersionRef(c.id, p.id, c.versionNo, c.inUse,
                   case when c.versionNo = (select max(c2.versionNo) from Curriculum c2 where c2.project = p)
                        then true else false end)
            from Curriculum c join c.project p
            """;

    static final String LESSON_REF = """
            select new org.healthedu.curriculum.LessonRef(l.id, c.id, p.id, c.versionNo, l.lineageId, l.position,
                   l.titleZh, l.titleEn)
            from CurriculumLesson l join l.curriculum c left join c.project p
            """;

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    /** More lessons than this in one curriculum is not a training course any more. */
    public static final int LESSONS_MAX = 100;
    public static final int SEGMENTS_PER_LESSON_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_seq")
    @SequenceGenerator(name = "curriculum_seq", sequenceName = "curriculum_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_unit_id")
    private OrganisationUnit owner;

    @Column(name = "version_no", nullable = false)
    private int versionNo = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "adopted_from_id")
    private Curriculum adoptedFrom;

    @Column(name = "in_use", nullable = false)
    private boolean inUse;

    @Column(nullable = false)
    private boolean sample;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @OneToMany(mappedBy = "curriculum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CurriculumLesson> lessons = new ArrayList<>();

    protected Curriculum() {
    }

    /** A new, empty template of {@code owner}'s (its subtree may use it). */
    public static Curriculum template(OrganisationUnit owner, String nameZh, String nameEn, String description) {
        if (owner == null) {
            throw DomainException.invalid("ownerUnitId", "error.required");
        }
        Curriculum template = new Curriculum();
        template.owner = owner;
        template.describe(nameZh, nameEn, description);
        return template;
    }

    /**
     * {@code project}'s own curriculum, version 1, copied from {@code template} with lesson ids from {@code lessonIds};
     * each lesson starts its own lineage inside the project.
     */
    public static Curriculum adopt(Curriculum template, Project project, LongSupplier lessonIds) {
        project.requireOpen();
        if (!template.isTemplate()) {
            throw DomainException.invalid("templateId", "curriculum.adopt.notTemplate");
        }
        if (template.segmentCount() == 0) {
            throw DomainException.invalid("templateId", "curriculum.adopt.empty");
        }
        Curriculum adopted = new Curriculum();
        adopted.project = project;
        adopted.owner = project.owner();
        adopted.adoptedFrom = template;
        adopted.nameZh = template.nameZh;
        adopted.nameEn = template.nameEn;
        adopted.description = template.description;
        for (CurriculumLesson lesson : template.lessons) {
            adopted.lessons.add(new CurriculumLesson(lessonIds.getAsLong(), adopted, lesson, false));
        }
        return adopted;
    }

    /** The next version of a project's curriculum: the same content, not in use, lessons in the same lineages. */
    public Curriculum nextVersion(LongSupplier lessonIds) {
        if (isTemplate()) {
            throw new IllegalStateException("A template has no versions");
        }
        project.requireOpen();
        Curriculum next = new Curriculum();
        next.project = project;
        next.owner = owner;
        next.adoptedFrom = adoptedFrom;
        next.versionNo = versionNo + 1;
        next.nameZh = nameZh;
        next.nameEn = nameEn;
        next.description = description;
        for (CurriculumLesson lesson : lessons) {
            next.lessons.add(new CurriculumLesson(lessonIds.getAsLong(), next, lesson, true));
        }
        return next;
    }

    /** A batch follows this version from now on: it becomes history. Only a project's curriculum can be in use. */
    public void markInUse() {
        if (isTemplate()) {
            throw DomainException.invalid("curriculumId", "curriculum.inUse.template");
        }
        inUse = true;
    }

    public void describe(String newNameZh, String newNameEn, String newDescription) {
        requireChangeable();
        String checkedZh = Text.required("nameZh", newNameZh, NAME_MAX);
        String checkedEn = Text.optional("nameEn", newNameEn, NAME_MAX);
        String checkedDescription = Text.multiline("description", newDescription, DESCRIPTION_MAX);
        this.nameZh = checkedZh;
        this.nameEn = checkedEn;
        this.description = checkedDescription;
    }

    /** Adds a lesson with id {@code lessonId} at {@code position} (null: last). */
    public CurriculumLesson addLesson(long lessonId, String titleZh, String titleEn, Integer position) {
        requireChangeable();
        if (lessons.size() >= LESSONS_MAX) {
            throw DomainException.invalid("titleZh", "curriculum.lessons.tooMany", LESSONS_MAX);
        }
        int at = position == null ? lessons.size() + 1 : position;
        requirePosition(at, lessons.size() + 1);
        CurriculumLesson lesson = new CurriculumLesson(lessonId, this, lessons.size() + 1, titleZh, titleEn);
        lessons.add(at - 1, lesson);
        renumber();
        return lesson;
    }

    public void retitleLesson(CurriculumLesson lesson, String titleZh, String titleEn) {
        requireChangeable();
        own(lesson).retitle(titleZh, titleEn);
    }

    public void moveLesson(CurriculumLesson lesson, Integer position) {
        requireChangeable();
        own(lesson);
        requirePosition(position, lessons.size());
        lessons.remove(lesson);
        lessons.add(position - 1, lesson);
        renumber();
    }

    /** Removes a lesson with its segments. */
    public void removeLesson(CurriculumLesson lesson) {
        requireChangeable();
        lessons.remove(own(lesson));
        renumber();
    }

    public CurriculumSegment addSegment(CurriculumLesson lesson, SegmentDraft draft, Integer position) {
        requireChangeable();
        if (own(lesson).segments().size() >= SEGMENTS_PER_LESSON_MAX) {
            throw DomainException.invalid("titleZh", "curriculum.segments.tooMany", SEGMENTS_PER_LESSON_MAX);
        }
        return lesson.addSegment(draft, position);
    }

    public void describeSegment(CurriculumSegment segment, SegmentDraft draft) {
        requireChangeable();
        own(segment).describe(draft);
    }

    /** Moves a segment to {@code position} in {@code lesson} (its own or another lesson of this curriculum). */
    public void moveSegment(CurriculumSegment segment, CurriculumLesson lesson, Integer position) {
        requireChangeable();
        own(segment);
        CurriculumLesson target = own(lesson);
        CurriculumLesson source = segment.lesson();
        if (target == source) {
            requirePosition(position, target.segments().size());
            target.insert(segment, position, target.segments().size());
            return;
        }
        if (target.segments().size() >= SEGMENTS_PER_LESSON_MAX) {
            throw DomainException.invalid("lessonId", "curriculum.segments.tooMany", SEGMENTS_PER_LESSON_MAX);
        }
        requirePosition(position, target.segments().size() + 1);
        source.detach(segment);
        target.insert(segment, position, target.segments().size() + 1);
    }

    /** Takes a segment out of its lesson; the caller deletes it. */
    public void removeSegment(CurriculumSegment segment) {
        requireChangeable();
        own(segment).lesson().detach(segment);
    }

    /** The lesson of this curriculum at {@code position}: where a copied lesson is found in a new version. */
    public CurriculumLesson lessonAt(int position) {
        return lessons.get(position - 1);
    }

    /** Throws {@code curriculum.inUse} for a version in use and {@code project.closed} for a closed project's. */
    public void requireChangeable() {
        if (inUse) {
            throw DomainException.conflict(null, "curriculum.inUse");
        }
        if (project != null) {
            project.requireOpen();
        }
    }

    static void requirePosition(Integer position, int last) {
        if (position == null) {
            throw DomainException.invalid("position", "error.required");
        }
        if (position < 1 || position > last) {
            throw DomainException.invalid("position", "curriculum.position.invalid", last);
        }
    }

    private CurriculumLesson own(CurriculumLesson lesson) {
        if (lesson == null || !lessons.contains(lesson)) {
            throw DomainException.notFound("curriculum.lesson.notFound", lesson == null ? null : lesson.id());
        }
        return lesson;
    }

    private CurriculumSegment own(CurriculumSegment segment) {
        if (segment == null || !lessons.contains(segment.lesson())) {
            throw DomainException.notFound("curriculum.segment.notFound", segment == null ? null : segment.id());
        }
        return segment;
    }

    private void renumber() {
        for (int i = 0; i < lessons.size(); i++) {
            lessons.get(i).placeAt(i + 1);
        }
    }

    public boolean isTemplate() {
        return project == null;
    }

    /** Shipped with the product: no owning unit; only an administrator changes it. */
    public boolean isShipped() {
        return isTemplate() && owner == null;
    }

    public int segmentCount() {
        return lessons.stream().mapToInt(l -> l.segments().size()).sum();
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public OrganisationUnit owner() {
        return owner;
    }

    public int versionNo() {
        return versionNo;
    }

    public Curriculum adoptedFrom() {
        return adoptedFrom;
    }

    public boolean isInUse() {
        return inUse;
    }

    public boolean isSample() {
        return sample;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String description() {
        return description;
    }

    public List<CurriculumLesson> lessons() {
        return Collections.unmodifiableList(lessons);
    }
}
