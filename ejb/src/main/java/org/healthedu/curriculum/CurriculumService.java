package org.healthedu.curriculum;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitPath;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectAccess;
import org.healthedu.project.ProjectStatus;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;
import org.healthedu.training.GroupKind;
import org.healthedu.training.TrainerGroups;

/**
 * Curriculum templates and projects' curricula.
 * <ul>
 * <li>A template shipped with the product is seen by everyone and changed by an admin; a unit's template is seen in
 * that unit's subtree and by the units above it, and changed by an admin or a coordinator covering the unit.</li>
 * <li>A project's curriculum is seen by whoever sees the project; it is adopted by the project's managers (admin or a
 * coordinator covering the owning unit) and changed by them or by a member of the project's management group.</li>
 * <li>Only the latest version of a project's curriculum is changed. While it is in use (a batch follows it) a change
 * is saved as the next version, a copy with the same lesson lineages, and the version in use stays as it was.</li>
 * </ul>
 * Every change names the version read ({@code expectedVersion}, null: unchecked) and locks the curriculum, so two
 * people editing at once never both make "the next version".
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class CurriculumService {

    static final String SUMMARY = """
            select new org.healthedu.curriculum.CurriculumSummary(c.id, p.id, p.code, o.id, o.nameZh, c.versionNo,
                   af.id, af.nameZh, c.inUse, c.sample, c.nameZh, c.nameEn, c.description,
                   (select count(l) from CurriculumLesson l where l.curriculum = c),
                   (select count(s) from CurriculumSegment s where s.lesson.curriculum = c),
                   (select coalesce(sum(s.durationMinutes), 0L) from CurriculumSegment s where s.lesson.curriculum = c),
                   c.updatedAt, c.version)
            from Curriculum c left join c.project p left join c.owner o left join c.adoptedFrom af
            """;

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private TrainerGroups trainerGroups;

    @PersistenceContext
    private EntityManager em;

    /** The templates the caller may see and adopt: shipped ones first, then by name. */
    public List<CurriculumSummary> templates() {
        Caller caller = currentCaller.get();
        return em.createQuery(SUMMARY + """
                where p is null
                  and (o is null or o.path like :scope or :callerPath like concat(o.path, '%'))
                order by case when o is null then 0 else 1 end, c.nameZh, c.id""", CurriculumSummary.class)
                .setParameter("scope", caller.scopePattern())
                .setParameter("callerPath", caller.unitPath())
                .getResultList();
    }

    /** A template or a version of a project's curriculum, with its lessons and segments. */
    public CurriculumDetail curriculum(long id) {
        Caller caller = currentCaller.get();
        Curriculum curriculum = find(id);
        requireCanSee(caller, curriculum);
        return detail(caller, curriculum);
    }

    /** A new, empty template owned by the caller's unit. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public CurriculumDetail createTemplate(TemplateDraft draft) {
        Caller caller = currentCaller.get();
        if (draft == null) {
            throw DomainException.invalid("nameZh", "error.required");
        }
        OrganisationUnit unit = Persistence.findOrNotFound(em, OrganisationUnit.class, caller.unitId(),
                "unit.notFound");
        caller.requireCanManage(unit);
        Curriculum template = Curriculum.template(unit, draft.nameZh(), draft.nameEn(), draft.description());
        em.persist(template);
        em.flush();
        return detail(caller, template);
    }

    public CurriculumDetail describe(long id, String nameZh, String nameEn, String description,
            Long expectedVersion) {
        return edit(id, expectedVersion, (source, target) -> target.describe(nameZh, nameEn, description));
    }

    /** Adds a lesson at {@code position} (null: last). */
    public CurriculumDetail addLesson(long id, String titleZh, String titleEn, Integer position,
            Long expectedVersion) {
        return edit(id, expectedVersion,
                (source, target) -> target.addLesson(nextLessonId(), titleZh, titleEn, position));
    }

    public CurriculumDetail retitleLesson(long id, long lessonId, String titleZh, String titleEn,
            Long expectedVersion) {
        return edit(id, expectedVersion, (source, target) -> target.retitleLesson(
                counterpart(target, lessonOf(source, lessonId)), titleZh, titleEn));
    }

    public CurriculumDetail moveLesson(long id, long lessonId, Integer position, Long expectedVersion) {
        return edit(id, expectedVersion, (source, target) -> target.moveLesson(
                counterpart(target, lessonOf(source, lessonId)), position));
    }

    /** Removes a lesson and its segments. */
    public CurriculumDetail removeLesson(long id, long lessonId, Long expectedVersion) {
        return edit(id, expectedVersion, (source, target) -> target.removeLesson(
                counterpart(target, lessonOf(source, lessonId))));
    }

    /** Adds a segment to a lesson at {@code position} (null: last). */
    public CurriculumDetail addSegment(long id, long lessonId, SegmentDraft draft, Integer position,
            Long expectedVersion) {
        return edit(id, expectedVersion, (source, target) -> target.addSegment(
                counterpart(target, lessonOf(source, lessonId)), draft, position));
    }

    public CurriculumDetail describeSegment(long id, long segmentId, SegmentDraft draft, Long expectedVersion) {
        return edit(id, expectedVersion, (source, target) -> target.describeSegment(
                counterpart(target, segmentOf(source, segmentId)), draft));
    }

    /** Moves a segment to {@code position} in {@code lessonId} (null: the lesson it is in). */
    public CurriculumDetail moveSegment(long id, long segmentId, Long lessonId, Integer position,
            Long expectedVersion) {
        return edit(id, expectedVersion, (source, target) -> {
            CurriculumSegment segment = segmentOf(source, segmentId);
            CurriculumLesson lesson = lessonId == null ? segment.lesson() : lessonOf(source, lessonId);
            target.moveSegment(counterpart(target, segment), counterpart(target, lesson), position);
        });
    }

    public CurriculumDetail removeSegment(long id, long segmentId, Long expectedVersion) {
        return edit(id, expectedVersion, (source, target) -> {
            CurriculumSegment segment = counterpart(target, segmentOf(source, segmentId));
            target.removeSegment(segment);
            em.remove(segment);
        });
    }

    /** The project adopts a template it may see as its own curriculum: version 1, a copy it may adapt. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public CurriculumDetail adopt(long projectId, Long templateId) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        caller.requireCanManage(project.owner());
        project.requireOpen();
        if (templateId == null) {
            throw DomainException.invalid("templateId", "error.required");
        }
        Curriculum template = find(templateId);
        if (!template.isTemplate()) {
            throw DomainException.invalid("templateId", "curriculum.adopt.notTemplate");
        }
        requireCanSee(caller, template);
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        if (latestVersionNo(projectId) > 0) {
            throw DomainException.conflict("templateId", "curriculum.project.alreadyAdopted");
        }
        Curriculum adopted = Curriculum.adopt(template, project, this::nextLessonId);
        em.persist(adopted);
        Persistence.flushOrConflict(em, "templateId", "curriculum.project.alreadyAdopted");
        return detail(caller, adopted);
    }

    /** Whether the caller may adopt a template for the project now (manages its owning unit; it is open). */
    public boolean canAdopt(long projectId) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        return caller.canManage(project.owner().path())
                && project.status() != ProjectStatus.CLOSED;
    }

    /** The project's current curriculum version; {@code curriculum.project.none} before it adopts one. */
    public CurriculumDetail current(long projectId) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        ProjectAccess.requireCanSee(em, caller, project);
        List<Long> latest = em.createQuery("""
                select c.id from Curriculum c where c.project.id = :projectId order by c.versionNo desc""",
                Long.class)
                .setParameter("projectId", projectId)
                .setMaxResults(1)
                .getResultList();
        if (latest.isEmpty()) {
            throw DomainException.notFound("curriculum.project.none");
        }
        return detail(caller, find(latest.get(0)));
    }

    /** Every version of the project's curriculum, latest first. */
    public List<CurriculumSummary> versions(long projectId) {
        Caller caller = currentCaller.get();
        ProjectAccess.requireCanSee(em, caller, findProject(projectId));
        return em.createQuery(SUMMARY + "where p.id = :projectId order by c.versionNo desc", CurriculumSummary.class)
                .setParameter("projectId", projectId)
                .getResultList();
    }

    /** What a change does, given the curriculum addressed and the one it is applied to (the same, or its copy). */
    @FunctionalInterface
    private interface Change {
        void apply(Curriculum source, Curriculum target);
    }

    private CurriculumDetail edit(long id, Long expectedVersion, Change change) {
        Caller caller = currentCaller.get();
        Curriculum source = em.find(Curriculum.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (source == null) {
            throw DomainException.notFound("curriculum.notFound", id);
        }
        requireCanEdit(caller, source);
        Persistence.requireVersion(source.version(), expectedVersion);
        Curriculum target = source;
        if (!source.isTemplate()) {
            source.project().requireOpen();
            if (source.versionNo() != latestVersionNo(source.project().id())) {
                throw DomainException.conflict(null, "curriculum.version.notCurrent", source.versionNo());
            }
            if (source.isInUse()) {
                target = source.nextVersion(this::nextLessonId);
                em.persist(target);
            }
        }
        change.apply(source, target);
        flushOrReferenced();
        return detail(caller, target);
    }

    /**
     * Flushes; a lesson that something else refers to (courseware hangs on lessons) cannot be removed, which the
     * database reports as a foreign-key violation: shown as a conflict, not a failure.
     */
    private void flushOrReferenced() {
        try {
            Persistence.flushOrConflict(em, null, "error.staleEdit");
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                    throw DomainException.conflict(null, "curriculum.lesson.referenced");
                }
            }
            throw e;
        }
    }

    private void requireCanSee(Caller caller, Curriculum curriculum) {
        if (!canSee(caller, curriculum)) {
            throw DomainException.forbidden();
        }
    }

    private boolean canSee(Caller caller, Curriculum curriculum) {
        if (!curriculum.isTemplate()) {
            return ProjectAccess.canSee(em, caller, curriculum.project());
        }
        OrganisationUnit owner = curriculum.owner();
        return owner == null || caller.covers(owner.path()) || UnitPath.isWithin(caller.unitPath(), owner.path());
    }

    private boolean canEdit(Caller caller, Curriculum curriculum) {
        if (curriculum.isTemplate()) {
            if (curriculum.isShipped()) {
                return caller.isAdmin();
            }
            return caller.canManage(curriculum.owner().path());
        }
        Project project = curriculum.project();
        if (caller.canManage(project.owner().path())) {
            return true;
        }
        return trainerGroups.isMemberInProject(caller.accountId(), project.id(), GroupKind.MANAGEMENT);
    }

    private void requireCanEdit(Caller caller, Curriculum curriculum) {
        if (!canEdit(caller, curriculum)) {
            throw DomainException.forbidden();
        }
    }

    private CurriculumDetail detail(Caller caller, Curriculum curriculum) {
        em.flush();
        long id = curriculum.id();
        CurriculumSummary summary = em.createQuery(SUMMARY + "where c.id = :id", CurriculumSummary.class)
                .setParameter("id", id)
                .getSingleResult();
        List<Object[]> rows = em.createQuery("""
                select l.id, l.position, l.titleZh, l.titleEn, l.lineageId,
                       s.id, s.position, s.titleZh, s.titleEn, s.objectives, s.durationMinutes
                from CurriculumLesson l left join l.segments s
                where l.curriculum.id = :id
                order by l.position, s.position""", Object[].class)
                .setParameter("id", id)
                .getResultList();
        Map<Long, Object[]> lessonRows = new LinkedHashMap<>();
        Map<Long, List<SegmentView>> segments = new LinkedHashMap<>();
        int number = 0;
        for (Object[] row : rows) {
            long lessonId = (Long) row[0];
            lessonRows.putIfAbsent(lessonId, row);
            List<SegmentView> ofLesson = segments.computeIfAbsent(lessonId, k -> new ArrayList<>());
            if (row[5] != null) {
                ofLesson.add(new SegmentView((Long) row[5], lessonId, (Integer) row[6], ++number, (String) row[7],
                        (String) row[8], (String) row[9], (Integer) row[10]));
            }
        }
        List<LessonView> lessons = new ArrayList<>(lessonRows.size());
        for (Object[] row : lessonRows.values()) {
            long lessonId = (Long) row[0];
            lessons.add(new LessonView(lessonId, (Integer) row[1], (String) row[2], (String) row[3], (Long) row[4],
                    segments.get(lessonId)));
        }
        boolean current = curriculum.isTemplate()
                || curriculum.versionNo() == latestVersionNo(curriculum.project().id());
        boolean open = curriculum.isTemplate() || curriculum.project().status() != ProjectStatus.CLOSED;
        boolean editable = current && open && canEdit(caller, curriculum);
        return new CurriculumDetail(summary, lessons, current, editable, editable && curriculum.isInUse());
    }

    private int latestVersionNo(long projectId) {
        Integer latest = em.createQuery("select max(c.versionNo) from Curriculum c where c.project.id = :projectId",
                Integer.class)
                .setParameter("projectId", projectId)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** Lesson ids are drawn before a lesson is made: its lineage starts with its own id (see V6). */
    private long nextLessonId() {
        return ((Number) em.createNativeQuery("select nextval('curriculum_lesson_seq')").getSingleResult())
                .longValue();
    }

    private static CurriculumLesson lessonOf(Curriculum curriculum, long lessonId) {
        for (CurriculumLesson lesson : curriculum.lessons()) {
            if (lesson.id() == lessonId) {
                return lesson;
            }
        }
        throw DomainException.notFound("curriculum.lesson.notFound", lessonId);
    }

    private static CurriculumSegment segmentOf(Curriculum curriculum, long segmentId) {
        for (CurriculumLesson lesson : curriculum.lessons()) {
            for (CurriculumSegment segment : lesson.segments()) {
                if (segment.id() == segmentId) {
                    return segment;
                }
            }
        }
        throw DomainException.notFound("curriculum.segment.notFound", segmentId);
    }

    /** The lesson in {@code target} that stands where {@code lesson} stands in its own curriculum. */
    private static CurriculumLesson counterpart(Curriculum target, CurriculumLesson lesson) {
        return lesson.curriculum() == target ? lesson : target.lessonAt(lesson.position());
    }

    private static CurriculumSegment counterpart(Curriculum target, CurriculumSegment segment) {
        return segment.lesson().curriculum() == target ? segment
                : target.lessonAt(segment.lesson().position()).segments().get(segment.position() - 1);
    }

    private Curriculum find(long id) {
        return Persistence.findOrNotFound(em, Curriculum.class, id, "curriculum.notFound");
    }

    private Project findProject(long id) {
        return Persistence.findOrNotFound(em, Project.class, id, "project.notFound");
    }
}
