package org.healthedu.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Account;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.UnitPath;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;

/**
 * Which form a project's lessons use: the project's default and per-lesson choices (by lesson lineage), read and
 * changed by the project's managers (an admin or a coordinator covering its owning unit). The resolution is the one
 * {@link FormDefinitions#formForSession} applies: the lesson's form, else the project's default, else the shipped
 * template that fits the participants (parents' when at least half of them are parents). A project may use templates
 * and the forms its owning unit sees, unless archived.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class FeedbackAssignmentService {

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    /** The project's lessons with the form each uses, in five queries. */
    public ProjectFeedbackForms forProject(long projectId) {
        Caller caller = currentCaller.get();
        Project project = project(projectId);
        caller.requireCanManage(project.owner());
        return view(project, caller);
    }

    /** The forms the project may use: templates first, then by name. */
    public List<FormSummary> usableForms(long projectId) {
        Caller caller = currentCaller.get();
        Project project = project(projectId);
        caller.requireCanManage(project.owner());
        Query query = em.createNativeQuery(FeedbackFormService.SUMMARY.formatted(
                FeedbackFormService.VISIBLE_FROM + " and not f.archived") + " " + """
                 order by case when f.template_code is null then 1 else 0 end, f.name_zh, f.id limit :limit""")
                .setParameter("scope", UnitPath.subtreePattern(project.owner().path()))
                .setParameter("path", project.owner().path()).setParameter("limit", Page.MAX_LIMIT);
        return FeedbackFormService.summaries(query);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectFeedbackForms assignDefault(long projectId, Long formId) {
        return assign(projectId, null, formId);
    }

    /** The lesson (by lineage) uses this form, whatever the project's default. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectFeedbackForms assignLesson(long projectId, long lessonLineageId, Long formId) {
        return assign(projectId, lessonLineageId, formId);
    }

    /** The lesson goes back to the project's default. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectFeedbackForms clearLesson(long projectId, long lessonLineageId) {
        return clear(projectId, lessonLineageId);
    }

    /** The project goes back to the shipped template that fits its participants. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectFeedbackForms clearDefault(long projectId) {
        return clear(projectId, null);
    }

    private ProjectFeedbackForms assign(long projectId, Long lessonLineageId, Long formId) {
        Caller caller = currentCaller.get();
        Project project = manageable(caller, projectId);
        if (formId == null) {
            throw DomainException.invalid("formId", "error.required");
        }
        FeedbackForm form = em.find(FeedbackForm.class, formId);
        if (form == null) {
            throw DomainException.invalid("formId", "feedback.form.notFound");
        }
        String ownerPath = project.owner().path();
        boolean visible = form.isTemplate() || UnitPath.isWithin(ownerPath, form.ownerUnit().path())
                || UnitPath.isWithin(form.ownerUnit().path(), ownerPath);
        if (!visible || form.archived()) {
            throw DomainException.invalid("formId", "feedback.builder.assignment.formNotUsable");
        }
        if (lessonLineageId != null && lessons(projectId).stream()
                .noneMatch(l -> l.lessonLineageId() == lessonLineageId)) {
            throw DomainException.notFound("feedback.builder.assignment.lessonNotFound");
        }
        List<FeedbackAssignment> existing = existing(projectId, lessonLineageId);
        Account account = em.getReference(Account.class, caller.accountId());
        if (existing.isEmpty()) {
            em.persist(new FeedbackAssignment(project, lessonLineageId, form, account));
        } else {
            existing.get(0).reassign(form, account);
        }
        Persistence.flushOrConflict(em, "formId", "error.staleEdit");
        return view(project, caller);
    }

    private ProjectFeedbackForms clear(long projectId, Long lessonLineageId) {
        Caller caller = currentCaller.get();
        Project project = manageable(caller, projectId);
        existing(projectId, lessonLineageId).forEach(em::remove);
        em.flush();
        return view(project, caller);
    }

    /** The project, locked so that two managers' assignments to the same lesson serialise. */
    private Project manageable(Caller caller, long projectId) {
        Project project = project(projectId);
        caller.requireCanManage(project.owner());
        project.requireOpen();
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        return project;
    }

    private List<FeedbackAssignment> existing(long projectId, Long lessonLineageId) {
        return em.createQuery("""
                select a from FeedbackAssignment a where a.project.id = :project
                   and (a.lessonLineageId = :lesson or (:lesson is null and a.lessonLineageId is null))""",
                FeedbackAssignment.class).setParameter("project", projectId)
                .setParameter("lesson", lessonLineageId).getResultList();
    }

    private Project project(long projectId) {
        return Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
    }

    private ProjectFeedbackForms view(Project project, Caller caller) {
        long projectId = project.id();
        Object[] people = (Object[]) em.createNativeQuery("""
                select count(*) filter (where p.kind = 'PARENT'), count(*) filter (where p.kind <> 'PARENT')
                  from enrolment e join participant p on p.id = e.participant_id join batch b on b.id = e.batch_id
                 where b.project_id = :project""").setParameter("project", projectId).getSingleResult();
        long parents = ((Number) people[0]).longValue();
        long others = ((Number) people[1]).longValue();
        String fallbackCode = parents * 2 >= parents + others ? FormDefinitions.PARENTS_TEMPLATE
                : FormDefinitions.STUDENTS_TEMPLATE;
        Map<Long, ProjectFeedbackForms.FormRef> assigned = new HashMap<>();
        ProjectFeedbackForms.FormRef projectDefault = null;
        ProjectFeedbackForms.FormRef fallback = null;
        for (Object row : em.createNativeQuery("""
                select a.lesson_lineage_id, f.id, f.name_zh, f.name_en, f.for_parents, f.for_students,
                       f.template_code, 0 as fallback
                  from feedback_assignment a join feedback_form f on f.id = a.form_id where a.project_id = :project
                union all
                select null, f.id, f.name_zh, f.name_en, f.for_parents, f.for_students, f.template_code, 1
                  from feedback_form f where f.template_code = :code""")
                .setParameter("project", projectId).setParameter("code", fallbackCode).getResultList()) {
            Object[] r = (Object[]) row;
            boolean forParents = (Boolean) r[4];
            boolean forStudents = (Boolean) r[5];
            ProjectFeedbackForms.FormRef ref = new ProjectFeedbackForms.FormRef(((Number) r[1]).longValue(),
                    (String) r[2], (String) r[3], forParents, forStudents, r[6] != null,
                    (parents > 0 && !forParents) || (others > 0 && !forStudents));
            if (((Number) r[7]).intValue() == 1) {
                fallback = ref;
            } else if (r[0] == null) {
                projectDefault = ref;
            } else {
                assigned.put(((Number) r[0]).longValue(), ref);
            }
        }
        List<ProjectFeedbackForms.LessonForm> lessons = new ArrayList<>();
        for (ProjectFeedbackForms.LessonForm lesson : lessons(projectId)) {
            ProjectFeedbackForms.FormRef own = assigned.get(lesson.lessonLineageId());
            ProjectFeedbackForms.Source source = own != null ? ProjectFeedbackForms.Source.LESSON
                    : projectDefault != null ? ProjectFeedbackForms.Source.PROJECT
                    : ProjectFeedbackForms.Source.TEMPLATE;
            ProjectFeedbackForms.FormRef effective = own != null ? own
                    : projectDefault != null ? projectDefault : fallback;
            lessons.add(new ProjectFeedbackForms.LessonForm(lesson.lessonLineageId(), lesson.position(),
                    lesson.titleZh(), lesson.titleEn(), own, effective, source));
        }
        return new ProjectFeedbackForms(projectId, projectDefault, fallback, lessons,
                caller.canManage(project.owner().path()));
    }

    /**
     * The project's lessons by lineage: those of the curriculum versions its batches follow and of its latest version,
     * each titled and placed as in the newest of them.
     */
    private List<ProjectFeedbackForms.LessonForm> lessons(long projectId) {
        List<ProjectFeedbackForms.LessonForm> lessons = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select distinct on (l.lineage_id) l.lineage_id, l.position, l.title_zh, l.title_en
                  from curriculum_lesson l join curriculum c on c.id = l.curriculum_id
                 where c.project_id = :project
                   and (c.id in (select b.curriculum_id from batch b where b.project_id = :project)
                        or c.version_no = (select max(c2.version_no) from curriculum c2
                                            where c2.project_id = :project))
                 order by l.lineage_id, c.version_no desc""").setParameter("project", projectId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            lessons.add(new ProjectFeedbackForms.LessonForm(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                    (String) r[2], (String) r[3], null, null, null));
        }
        lessons.sort(Comparator.comparingInt(ProjectFeedbackForms.LessonForm::position)
                .thenComparingLong(ProjectFeedbackForms.LessonForm::lessonLineageId));
        return lessons;
    }
}
