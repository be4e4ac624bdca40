package org.healthedu.courseware;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.curriculum.Curricula;
import org.healthedu.curriculum.LessonRef;
import org.healthedu.file.FileContent;
import org.healthedu.file.FilePolicy;
import org.healthedu.file.FileStore;
import org.healthedu.file.StoredFile;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectAccess;
import org.healthedu.project.ProjectSite;
import org.healthedu.project.ProjectSiteView;
import org.healthedu.project.ProjectStatus;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;
import org.healthedu.training.GroupKind;
import org.healthedu.training.SiteGroups;
import org.healthedu.training.TrainerGroups;

/**
 * Courseware of a project's lessons at its sites, and its approval workflow. Every method resolves the caller and
 * their {@link Standing} at the project site (the site's trainer groups they sit in, from {@link TrainerGroups};
 * whether they manage or see the project) and checks it with {@link CoursewareRules} before touching anything. Writes
 * on one courseware take a lock on its row, so two people cannot step it on from the same status at once. Files go to
 * the shared {@link FileStore} (PostgreSQL) under {@link FilePolicy#COURSEWARE}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class CoursewareService {

    /** Files and links one version may hold. */
    public static final int MAX_ITEMS = 50;

    /** Every lesson of every version of a project's curriculum, newest version first within a lineage. */
    private static final String PROJECT_LESSONS = """
            select new org.healthedu.curriculum.LessonRef(l.id, c.id, p.id, c.versionNo, l.lineageId, l.position,
                   l.titleZh, l.titleEn)
              from CurriculumLesson l join l.curriculum c join c.project p
             where p.id = :project
             order by l.lineageId, c.versionNo desc
            """;

    private static final String SUMMARY_ROWS = """
            select c.id, p.id, ps.id, s.id, s.nameZh, s.nameEn, c.lineageId, c.lessonId, lv.number, lv.status,
                   cv.number,
                   (select max(e.createdAt) from CoursewareEvent e where e.courseware = c)
              from Courseware c join c.projectSite ps join ps.project p join ps.site s join c.latestVersion lv
              left join c.currentVersion cv
            """;

    private static final String SITE_VIEW = """
            select new org.healthedu.project.ProjectSiteView(ps.id, p.id, s.id, s.nameZh, s.nameEn, s.kind,
                   su.nameZh, r.id, r.nameZh)
            from ProjectSite ps join ps.project p join ps.site s join s.unit su join ps.responsibleUnit r
            """;

    private static final String ITEM_VIEW = """
            select new org.healthedu.courseware.CoursewareItemView(i.id, i.position, i.kind, i.title, f.id,
                   f.fileName, f.contentType, f.sizeBytes, i.url, i.createdAt)
              from CoursewareItem i join i.version v left join i.file f
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private FileStore files;

    @Inject
    private TrainerGroups groups;

    @Inject
    private Curricula curricula;

    @PersistenceContext
    private EntityManager em;

    // ---------------------------------------------------------------- reading

    /** The project's name and status, and its sites; for whoever sees the project ({@link ProjectAccess}). */
    public CoursewareProject project(long projectId) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        ProjectAccess.requireCanSee(em, caller, project);
        List<ProjectSiteView> sites = em.createQuery(SITE_VIEW + "where p.id = :projectId order by s.nameZh, s.id",
                ProjectSiteView.class)
                .setParameter("projectId", projectId)
                .getResultList();
        return new CoursewareProject(project.id(), project.code(), project.nameZh(), project.nameEn(),
                project.status(), sites);
    }

    /**
     * The lessons of the project's newest curriculum version at one of its sites, in order, each with its courseware
     * there (or none yet); courseware of lessons since dropped from the curriculum follows at the end.
     */
    public List<LessonCourseware> lessonsAt(long projectId, long siteId) {
        Caller caller = currentCaller.get();
        ProjectSite projectSite = findProjectSite(projectId, siteId);
        Standing standing = standing(caller, projectSite);
        requireCanSee(standing);
        Map<Long, LessonRef> lessons = lessonsByLineage(projectId);
        int newest = lessons.values().stream().mapToInt(LessonRef::versionNo).max().orElse(0);
        Map<Long, CoursewareSummary> byLineage = new HashMap<>();
        for (CoursewareSummary summary : summaries("where ps.id = :projectSite", Map.of("projectSite",
                projectSite.id()), lessons, 0, Integer.MAX_VALUE)) {
            byLineage.put(summary.lineageId(), summary);
        }
        boolean canCreate = projectSite.project().status() != ProjectStatus.CLOSED
                && CoursewareRules.mayCreate(standing);
        List<LessonCourseware> rows = new ArrayList<>();
        lessons.values().stream().filter(l -> l.versionNo() == newest)
                .sorted(Comparator.comparingInt(LessonRef::position))
                .forEach(l -> rows.add(new LessonCourseware(l, byLineage.remove(l.lineageId()), canCreate)));
        byLineage.values().stream()
                .sorted(Comparator.comparing(CoursewareSummary::lineageId))
                .forEach(c -> rows.add(new LessonCourseware(lessons.get(c.lineageId()), c, false)));
        return rows;
    }

    /**
     * Courseware of a project the caller may see, optionally at one site and for one lesson (of any curriculum
     * version: found by its lineage), by site and then lesson, a page at a time.
     */
    public Page<CoursewareSummary> list(long projectId, Long siteId, Long lessonId, int offset, int limit) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        ProjectAccess.requireCanSee(em, caller, project);
        StringBuilder where = new StringBuilder("where p.id = :projectId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("projectId", projectId);
        if (siteId != null) {
            where.append(" and s.id = :siteId");
            parameters.put("siteId", siteId);
        }
        if (lessonId != null) {
            where.append(" and c.lineageId = :lineageId");
            parameters.put("lineageId", lineageOf(projectId, lessonId));
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from Courseware c join c.projectSite ps"
                + " join ps.project p join ps.site s " + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<CoursewareSummary> items = summaries(where.toString(), parameters, lessonsByLineage(projectId),
                Page.clampOffset(offset), Page.clampLimit(limit));
        return new Page<>(items, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    /** A courseware with its versions, their items, what the caller may do with each, and its whole history. */
    public CoursewareDetail get(long coursewareId) {
        Caller caller = currentCaller.get();
        Courseware courseware = find(coursewareId);
        Standing standing = standing(caller, courseware.projectSite());
        requireCanSee(standing);
        return detail(caller, courseware, standing);
    }

    /** The history of a courseware, oldest first. */
    public List<CoursewareEventView> history(long coursewareId) {
        Caller caller = currentCaller.get();
        Courseware courseware = find(coursewareId);
        requireCanSee(standing(caller, courseware.projectSite()));
        return history(courseware);
    }

    /**
     * The approved versions of a lesson's courseware at a project's site, the current one first, with their files and
     * links: what a session may use. Empty when nothing is approved yet. The lesson may be of any version of the
     * project's curriculum.
     */
    public List<ApprovedCourseware> approved(long projectId, long siteId, long lessonId) {
        Caller caller = currentCaller.get();
        ProjectSite projectSite = findProjectSite(projectId, siteId);
        requireCanSee(standing(caller, projectSite));
        long lineage = lineageOf(projectId, lessonId);
        List<Object[]> rows = em.createQuery("""
                select c.id, v.id, v.number, v.statusChangedAt, cv.id
                  from CoursewareVersion v join v.courseware c left join c.currentVersion cv
                 where c.projectSite.id = :projectSite and c.lineageId = :lineage and v.status = :approved
                 order by v.number desc""", Object[].class)
                .setParameter("projectSite", projectSite.id())
                .setParameter("lineage", lineage)
                .setParameter("approved", CoursewareStatus.APPROVED)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CoursewareItemView>> items = itemsByVersion((Long) rows.get(0)[0]);
        List<ApprovedCourseware> approved = new ArrayList<>();
        for (Object[] row : rows) {
            long versionId = (Long) row[1];
            approved.add(new ApprovedCourseware((Long) row[0], versionId, (Integer) row[2],
                    row[4] != null && versionId == (Long) row[4], (Instant) row[3],
                    items.getOrDefault(versionId, List.of())));
        }
        approved.sort(Comparator.comparing((ApprovedCourseware a) -> !a.current())
                .thenComparing(Comparator.comparingInt(ApprovedCourseware::number).reversed()));
        return approved;
    }

    /** A stored file of courseware the caller may see, to download; any other file id is not found. */
    public FileContent download(long fileId) {
        Caller caller = currentCaller.get();
        List<Courseware> holders = em.createQuery("""
                select distinct c from CoursewareItem i join i.version v join v.courseware c
                 where i.file.id = :fileId""", Courseware.class)
                .setParameter("fileId", fileId)
                .getResultList();
        if (holders.isEmpty()) {
            throw DomainException.notFound("error.file.notFound", fileId);
        }
        boolean allowed = holders.stream().anyMatch(c -> standing(caller, c.projectSite()).canSee());
        if (!allowed) {
            throw DomainException.forbidden();
        }
        return files.content(files.find(fileId));
    }

    // ---------------------------------------------------------------- writing

    /**
     * Starts the courseware of a lesson of the project's curriculum at one of its sites, with an empty first draft:
     * lecturers of that site only, one courseware per lesson and site.
     */
    public CoursewareDetail start(long projectId, long siteId, Long lessonId) {
        Caller caller = currentCaller.get();
        if (lessonId == null) {
            throw DomainException.invalid("lessonId", "error.required");
        }
        ProjectSite projectSite = findProjectSite(projectId, siteId);
        Standing standing = standing(caller, projectSite);
        if (!CoursewareRules.mayCreate(standing)) {
            throw DomainException.forbidden();
        }
        projectSite.project().requireOpen();
        long lineage = lineageOf(projectId, lessonId);
        long exists = em.createQuery("select count(c) from Courseware c where c.projectSite.id = :ps"
                + " and c.lineageId = :lineage", Long.class)
                .setParameter("ps", projectSite.id()).setParameter("lineage", lineage)
                .getSingleResult();
        if (exists > 0) {
            throw DomainException.conflict("lessonId", "courseware.exists");
        }
        Courseware courseware = new Courseware(projectSite, lessonId, lineage, caller.accountId());
        em.persist(courseware);
        Persistence.flushOrConflict(em, "lessonId", "courseware.exists");
        CoursewareVersion first = courseware.startFirstVersion(caller.accountId());
        em.persist(first);
        em.persist(CoursewareEvent.started(first, caller.accountId()));
        Persistence.flushOrConflict(em, "lessonId", "courseware.exists");
        return detail(caller, courseware, standing);
    }

    /**
     * Adds an uploaded file to a draft: its kind checked by its bytes, at most {@link FilePolicy#COURSEWARE}'s size;
     * stored in PostgreSQL. Without a title the file's name is shown.
     */
    public CoursewareItemView uploadFile(long coursewareId, int versionNumber, String fileName, byte[] content,
            String title, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Target target = lockForWrite(caller, coursewareId, versionNumber, CoursewareAction.EDIT_ITEMS,
                expectedVersion);
        int position = nextPosition(target.version());
        StoredFile file = files.store("file", fileName, content, FilePolicy.COURSEWARE, caller.accountId());
        CoursewareItem item = CoursewareItem.file(target.version(), position, file, title, caller.accountId());
        return addItem(caller, target, item, file.fileName());
    }

    /** Adds a link to a video (http or https) with its title to a draft. */
    public CoursewareItemView addVideoLink(long coursewareId, int versionNumber, String title, String url,
            Long expectedVersion) {
        Caller caller = currentCaller.get();
        Target target = lockForWrite(caller, coursewareId, versionNumber, CoursewareAction.EDIT_ITEMS,
                expectedVersion);
        CoursewareItem item = CoursewareItem.link(target.version(), nextPosition(target.version()), title, url,
                caller.accountId());
        return addItem(caller, target, item, item.title());
    }

    /** Removes a file or link from a draft; a file no other version holds is deleted with it. */
    public void removeItem(long coursewareId, int versionNumber, long itemId, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Target target = lockForWrite(caller, coursewareId, versionNumber, CoursewareAction.EDIT_ITEMS,
                expectedVersion);
        CoursewareItem item = em.find(CoursewareItem.class, itemId);
        if (item == null || !item.version().id().equals(target.version().id())) {
            throw DomainException.notFound("courseware.item.notFound", itemId);
        }
        StoredFile file = item.file();
        String name = item.kind() == CoursewareItemKind.FILE ? file.fileName() : item.title();
        em.remove(item);
        em.persist(CoursewareEvent.itemChanged(target.version(), false, caller.accountId(), name));
        em.lock(target.version(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        if (file != null) {
            em.createNativeQuery("delete from stored_file f where f.id = ?1"
                    + " and not exists (select 1 from courseware_item i where i.file_id = f.id)")
                    .setParameter(1, file.id()).executeUpdate();
        }
    }

    /** A lecturer puts the draft before the whole lecturer group; it must hold at least one file or link. */
    public CoursewareDetail submitForReview(long coursewareId, int versionNumber, String comment,
            Long expectedVersion) {
        return step(coursewareId, versionNumber, CoursewareTransition.SUBMIT_FOR_REVIEW, comment, expectedVersion);
    }

    /** The lecturer-group leader sends the discussed version to the management group. */
    public CoursewareDetail submitToManagement(long coursewareId, int versionNumber, String comment,
            Long expectedVersion) {
        return step(coursewareId, versionNumber, CoursewareTransition.SUBMIT, comment, expectedVersion);
    }

    /** A management-group member approves it: locked, and the lesson's current courseware at the site. */
    public CoursewareDetail approve(long coursewareId, int versionNumber, String comment, Long expectedVersion) {
        return step(coursewareId, versionNumber, CoursewareTransition.APPROVE, comment, expectedVersion);
    }

    /** A management-group member returns it, saying why (required). */
    public CoursewareDetail returnWithComment(long coursewareId, int versionNumber, String comment,
            Long expectedVersion) {
        return step(coursewareId, versionNumber, CoursewareTransition.RETURN, comment, expectedVersion);
    }

    /** Its author or the lecturer-group leader takes it back into draft before the management group decides. */
    public CoursewareDetail withdraw(long coursewareId, int versionNumber, String comment, Long expectedVersion) {
        return step(coursewareId, versionNumber, CoursewareTransition.WITHDRAW, comment, expectedVersion);
    }

    /** Takes one workflow step on the newest version, with its comment, and records it in the history. */
    public CoursewareDetail step(long coursewareId, int versionNumber, CoursewareTransition transition,
            String comment, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Target target = lockForWrite(caller, coursewareId, versionNumber, CoursewareAction.of(transition),
                expectedVersion);
        CoursewareVersion version = target.version();
        String checkedComment = CoursewareEvent.checkedComment(comment, transition.isCommentRequired());
        if (transition == CoursewareTransition.SUBMIT_FOR_REVIEW && itemCount(version) == 0) {
            throw DomainException.invalid("items", "courseware.items.empty");
        }
        CoursewareStatus before = target.courseware().perform(version, transition);
        em.persist(CoursewareEvent.step(version, transition, before, caller.accountId(), checkedComment));
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return detail(caller, target.courseware(), target.standing());
    }

    /**
     * Starts the next version from the newest one once the management group has approved or returned it: a draft by
     * the caller, with the same files and links.
     */
    public CoursewareDetail startNextVersion(long coursewareId, int fromVersionNumber, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Target target = lockForWrite(caller, coursewareId, fromVersionNumber, CoursewareAction.NEW_VERSION,
                expectedVersion);
        CoursewareVersion from = target.version();
        CoursewareVersion next = target.courseware().startNextVersion(from, caller.accountId());
        em.persist(next);
        for (CoursewareItem item : em.createQuery(
                "select i from CoursewareItem i where i.version = :from order by i.position", CoursewareItem.class)
                .setParameter("from", from).getResultList()) {
            em.persist(item.copyTo(next));
        }
        em.persist(CoursewareEvent.started(next, caller.accountId()));
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return detail(caller, target.courseware(), target.standing());
    }

    /** A comment on a version by a lecturer, a management or guidance member or a managing coordinator. */
    public CoursewareEventView comment(long coursewareId, int versionNumber, String text) {
        Caller caller = currentCaller.get();
        Courseware courseware = find(coursewareId);
        Standing standing = standing(caller, courseware.projectSite());
        CoursewareVersion version = findVersion(courseware, versionNumber, standing);
        CoursewareRules.require(CoursewareAction.COMMENT, standing, version.status(), false,
                courseware.isLatest(version));
        courseware.projectSite().project().requireOpen();
        CoursewareEvent event = CoursewareEvent.comment(version, caller.accountId(), text);
        em.persist(event);
        em.flush();
        return history(courseware).stream().filter(e -> e.id() == event.id()).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- helpers

    /** A courseware locked for a write, the version it concerns, and the caller's standing, all checked. */
    private record Target(Courseware courseware, CoursewareVersion version, Standing standing) {
    }

    /**
     * Locks the courseware row (one writer at a time), then checks in order: who the caller is at the site (403),
     * the project is open, the step fits the version's status and it is the newest, and the version read is still
     * the one stored.
     */
    private Target lockForWrite(Caller caller, long coursewareId, int versionNumber, CoursewareAction action,
            Long expectedVersion) {
        Courseware courseware = find(coursewareId);
        Standing standing = standing(caller, courseware.projectSite());
        if (!standing.canSee()) {
            throw DomainException.forbidden();
        }
        em.refresh(courseware, LockModeType.PESSIMISTIC_WRITE);
        CoursewareVersion version = findVersion(courseware, versionNumber, standing);
        if (!CoursewareRules.mayAttempt(action, standing, version.isAuthor(caller.accountId()))) {
            throw DomainException.forbidden();
        }
        courseware.projectSite().project().requireOpen();
        CoursewareRules.require(action, standing, version.status(), version.isAuthor(caller.accountId()),
                courseware.isLatest(version));
        Persistence.requireVersion(version.version(), expectedVersion);
        return new Target(courseware, version, standing);
    }

    private CoursewareItemView addItem(Caller caller, Target target, CoursewareItem item, String detail) {
        if (itemCount(target.version()) >= MAX_ITEMS) {
            throw DomainException.invalid("items", "courseware.items.tooMany", MAX_ITEMS);
        }
        em.persist(item);
        em.persist(CoursewareEvent.itemChanged(target.version(), true, caller.accountId(), detail));
        em.lock(target.version(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return em.createQuery(ITEM_VIEW + "where i.id = :id", CoursewareItemView.class)
                .setParameter("id", item.id()).getSingleResult();
    }

    private int nextPosition(CoursewareVersion version) {
        Integer max = em.createQuery("select max(i.position) from CoursewareItem i where i.version = :v",
                Integer.class).setParameter("v", version).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private long itemCount(CoursewareVersion version) {
        return em.createQuery("select count(i) from CoursewareItem i where i.version = :v", Long.class)
                .setParameter("v", version).getSingleResult();
    }

    /**
     * Where the caller stands at a project site: their trainer groups there, whether they manage the project (an
     * admin, or a coordinator covering its owning unit) and whether they see it ({@link ProjectAccess}).
     */
    Standing standing(Caller caller, ProjectSite projectSite) {
        Project project = projectSite.project();
        SiteGroups at = groups.groupsAt(caller.accountId(), projectSite.id());
        return new Standing(at.isMember(GroupKind.LECTURER), at.isLeader(GroupKind.LECTURER),
                at.isMember(GroupKind.MANAGEMENT), at.isMember(GroupKind.GUIDANCE),
                caller.canManage(project.owner().path()), at.any() || ProjectAccess.canSee(em, caller, project));
    }

    private static void requireCanSee(Standing standing) {
        if (!standing.canSee()) {
            throw DomainException.forbidden();
        }
    }

    /** The lineage of a lesson of any version of the project's curriculum; 404 unknown, 400 another curriculum's. */
    private long lineageOf(long projectId, long lessonId) {
        LessonRef lesson = curricula.lesson(lessonId);
        if (lesson.projectId() == null || lesson.projectId() != projectId) {
            throw DomainException.invalid("lessonId", "courseware.lesson.notInProject");
        }
        return lesson.lineageId();
    }

    /** Each lineage of the project's curriculum with its lesson in the newest version that has it. One query. */
    private Map<Long, LessonRef> lessonsByLineage(long projectId) {
        Map<Long, LessonRef> lessons = new LinkedHashMap<>();
        for (LessonRef lesson : em.createQuery(PROJECT_LESSONS, LessonRef.class)
                .setParameter("project", projectId)
                .getResultList()) {
            lessons.putIfAbsent(lesson.lineageId(), lesson);
        }
        return lessons;
    }

    private List<CoursewareSummary> summaries(String where, Map<String, Object> parameters,
            Map<Long, LessonRef> lessons, int offset, int limit) {
        TypedQuery<Object[]> query = em.createQuery(SUMMARY_ROWS + where + " order by s.nameZh, s.id, c.lineageId",
                Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        List<CoursewareSummary> summaries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            LessonRef lesson = lessons.get((Long) row[6]);
            summaries.add(new CoursewareSummary((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3],
                    (String) row[4], (String) row[5], (Long) row[6],
                    lesson != null ? Long.valueOf(lesson.id()) : (Long) row[7],
                    lesson == null ? null : lesson.position(), lesson == null ? null : lesson.titleZh(),
                    lesson == null ? null : lesson.titleEn(), (Integer) row[8], (CoursewareStatus) row[9],
                    (Integer) row[10], (Instant) row[11]));
        }
        return summaries;
    }

    private CoursewareDetail detail(Caller caller, Courseware courseware, Standing standing) {
        em.flush();
        long projectId = courseware.projectSite().project().id();
        CoursewareSummary summary = summaries("where c.id = :id", Map.of("id", courseware.id()),
                lessonsByLineage(projectId), 0, 1).get(0);
        boolean open = courseware.projectSite().project().status() != ProjectStatus.CLOSED;
        Map<Long, List<CoursewareItemView>> items = itemsByVersion(courseware.id());
        List<Object[]> rows = em.createQuery("""
                select v.id, v.number, v.status, v.authorId, a.displayName, b.number, v.createdAt,
                       v.statusChangedAt, v.version
                  from CoursewareVersion v join Account a on a.id = v.authorId
                  left join v.basedOn b
                 where v.courseware.id = :id
                 order by v.number desc""", Object[].class)
                .setParameter("id", courseware.id())
                .getResultList();
        Long currentId = courseware.currentVersion() == null ? null : courseware.currentVersion().id();
        List<CoursewareVersionView> versions = new ArrayList<>(rows.size());
        boolean first = true;
        for (Object[] row : rows) {
            long id = (Long) row[0];
            CoursewareStatus status = (CoursewareStatus) row[2];
            long author = (Long) row[3];
            versions.add(new CoursewareVersionView(id, (Integer) row[1], status, author, (String) row[4],
                    (Integer) row[5], (Instant) row[6], (Instant) row[7], first, currentId != null && currentId == id,
                    items.getOrDefault(id, List.of()),
                    CoursewareRules.allowed(standing, status, author == caller.accountId(), first, open),
                    (Long) row[8]));
            first = false;
        }
        return new CoursewareDetail(summary, open, open && standing.canComment(), versions, history(courseware));
    }

    /** The files and links of every version of a courseware, by version id, in their order. One query. */
    private Map<Long, List<CoursewareItemView>> itemsByVersion(long coursewareId) {
        List<Object[]> rows = em.createQuery("""
                select v.id, i.id, i.position, i.kind, i.title, f.id, f.fileName, f.contentType, f.sizeBytes, i.url,
                       i.createdAt
                  from CoursewareItem i join i.version v left join i.file f
                 where v.courseware.id = :id
                 order by v.number desc, i.position""", Object[].class)
                .setParameter("id", coursewareId).getResultList();
        Map<Long, List<CoursewareItemView>> byVersion = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byVersion.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new CoursewareItemView((Long) row[1],
                    (Integer) row[2], (CoursewareItemKind) row[3], (String) row[4], (Long) row[5], (String) row[6],
                    (String) row[7], (Long) row[8], (String) row[9], (Instant) row[10]));
        }
        return byVersion;
    }

    private List<CoursewareEventView> history(Courseware courseware) {
        return em.createQuery("""
                select new org.healthedu.courseware.CoursewareEventView(e.id, v.number, e.kind, e.fromStatus,
                       e.toStatus, a.id, a.displayName, e.comment, e.detail, e.createdAt)
                  from CoursewareEvent e join e.version v join Account a on a.id = e.actorId
                 where e.courseware.id = :id
                 order by e.createdAt, e.id""", CoursewareEventView.class)
                .setParameter("id", courseware.id())
                .getResultList();
    }

    private Courseware find(long id) {
        return Persistence.findOrNotFound(em, Courseware.class, id, "courseware.notFound");
    }

    /** The version by its number; an unknown number is 404 only to those who may see the courseware. */
    private CoursewareVersion findVersion(Courseware courseware, int number, Standing standing) {
        requireCanSee(standing);
        List<CoursewareVersion> found = em.createQuery(
                "select v from CoursewareVersion v where v.courseware = :c and v.number = :n", CoursewareVersion.class)
                .setParameter("c", courseware).setParameter("n", number).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("courseware.version.notFound", number);
        }
        return found.get(0);
    }

    private Project findProject(long id) {
        return Persistence.findOrNotFound(em, Project.class, id, "project.notFound");
    }

    private ProjectSite findProjectSite(long projectId, long siteId) {
        findProject(projectId);
        List<ProjectSite> found = em.createQuery(
                "select ps from ProjectSite ps where ps.project.id = :projectId and ps.site.id = :siteId",
                ProjectSite.class)
                .setParameter("projectId", projectId)
                .setParameter("siteId", siteId)
                .getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("project.site.notFound", siteId);
        }
        return found.get(0);
    }
}
