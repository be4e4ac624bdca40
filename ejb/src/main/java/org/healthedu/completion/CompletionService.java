package org.healthedu.completion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.enrolment.Batch;
import org.healthedu.enrolment.GroupAccess;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectAccess;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Completion rules and statuses. A participant's status is computed on read from the attendance records of the
 * project's HELD sessions and the project's rule, so a changed mark or rule shows at once. A lesson counts once however
 * often it was attended (lessons are compared by position, so batches on different curriculum versions agree);
 * walk-in marks count like any other. Who may do what:
 * <ul>
 * <li>read the rule: whoever sees the project; change it: the project's managers (admin, coordinator covering the
 * owner) while the project is open;</li>
 * <li>read statuses and certificates (names): the project's managers and the lecturer and management groups of the
 * batch's site (as for its roster).</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class CompletionService {

    /** A batch's people and the lessons each attended, one row per person and lesson (or one without a lesson). */
    private static final String STATUS_SQL = """
            with people as (
                select e.participant_id, false as walk_in from enrolment e
                 where e.batch_id = :batch and e.status = 'ACTIVE'
                union
                select a.participant_id, true from attendance a join training_session s on s.id = a.session_id
                 where s.batch_id = :batch and a.walk_in
                   and not exists (select 1 from enrolment x where x.project_id = s.project_id
                                      and x.participant_id = a.participant_id and x.status = 'ACTIVE')
            ),
            attended as (
                select a.participant_id, l.position, min(l.title_zh) as title_zh, min(l.title_en) as title_en,
                       max(cast(s.starts_at at time zone 'Asia/Shanghai' as date)) as last_date
                  from attendance a join training_session s on s.id = a.session_id
                       join curriculum_lesson l on l.id = s.lesson_id
                 where s.project_id = :project and s.status = 'HELD'
                   and a.participant_id in (select participant_id from people)
                   and (a.status = 'PRESENT' or (a.status = 'LATE' and :late) or (a.status = 'EXCUSED' and :excused))
                 group by a.participant_id, l.position
            )
            select p.id, p.display_name, pp.walk_in, att.position, att.title_zh, att.title_en, att.last_date
              from people pp join participant p on p.id = pp.participant_id
                   left join attended att on att.participant_id = p.id
             where (:only = 0 or p.id = :only)
             order by p.name_key nulls last, p.id, att.position
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ProjectAccess projects;

    @Inject
    private GroupAccess groups;

    @PersistenceContext
    private EntityManager em;

    public RuleView rule(long projectId) {
        Project project = projects.visible(currentCaller.get(), projectId);
        return ruleOf(project.id());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public RuleView changeRule(long projectId, RuleChanges changes) {
        Caller caller = currentCaller.get();
        Project project = projects.manageableOpen(caller, projectId);
        if (changes == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        CompletionRule rule = em.find(CompletionRule.class, project.id());
        if (rule == null) {
            if (changes.version() != null && changes.version() != 0) {
                throw DomainException.conflict(null, "error.staleEdit");
            }
            rule = new CompletionRule(project.id(), caller.accountId());
            rule.change(changes.minLessons(), orDefault(changes.lateCounts(), true),
                    orDefault(changes.excusedCounts(), false), caller.accountId());
            em.persist(rule);
        } else {
            Persistence.requireVersion(rule.version(), changes.version());
            rule.change(changes.minLessons(), orDefault(changes.lateCounts(), true),
                    orDefault(changes.excusedCounts(), false), caller.accountId());
        }
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return rule.view();
    }

    /** Whether the caller may change the project's rule (the web layer shows the form with it). */
    public boolean canChangeRule(long projectId) {
        Caller caller = currentCaller.get();
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        return caller.canManage(project.owner().path()) && project.status() != org.healthedu.project.ProjectStatus.CLOSED;
    }

    /** A batch's participants and their completion, by name. */
    public BatchCompletion batch(long batchId) {
        Batch batch = readableBatch(batchId);
        return compute(batch, 0);
    }

    /** One participant's completion in the project: in the batch they are enrolled in (or were last). */
    public CompletionView participant(long participantId, long projectId) {
        List<Long> batchIds = em.createQuery("""
                select e.batch.id from Enrolment e where e.participant.id = :participant and e.project.id = :project
                order by case when e.status = org.healthedu.enrolment.EnrolmentStatus.ACTIVE then 0 else 1 end,
                         e.enrolledOn desc, e.id desc""", Long.class)
                .setParameter("participant", participantId)
                .setParameter("project", projectId)
                .setMaxResults(1)
                .getResultList();
        if (batchIds.isEmpty()) {
            Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
            throw DomainException.notFound("completion.notEnrolled");
        }
        Batch batch = readableBatch(batchIds.get(0));
        BatchCompletion completion = compute(batch, participantId);
        if (completion.participants().isEmpty()) {
            // Enrolled there once but no longer (moved or withdrawn): their lessons still count.
            return new CompletionView(participantId, null, batch.id(), 0, completion.lessons(), completion.required(),
                    false, false, List.of());
        }
        return completion.participants().get(0);
    }

    /** The figures of a batch (or of one person in it), for a caller already checked by {@link #readableBatch}. */
    public BatchCompletion compute(Batch batch, long onlyParticipant) {
        RuleView rule = ruleOf(batch.project().id());
        int lessons = batch.curriculumId() == null ? 0 : ((Number) em.createNativeQuery(
                "select count(*) from curriculum_lesson where curriculum_id = :c")
                .setParameter("c", batch.curriculumId()).getSingleResult()).intValue();
        int required = rule.required(lessons);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STATUS_SQL)
                .setParameter("batch", batch.id())
                .setParameter("project", batch.project().id())
                .setParameter("late", rule.lateCounts())
                .setParameter("excused", rule.excusedCounts())
                .setParameter("only", onlyParticipant)
                .getResultList();
        Map<Long, Person> people = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            Person person = people.computeIfAbsent(id, k -> new Person((String) row[1], Boolean.TRUE.equals(row[2])));
            if (row[3] != null) {
                person.lessons.add(new AttendedLesson(((Number) row[3]).intValue(), (String) row[4], (String) row[5],
                        row[6] instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) row[6]));
            }
        }
        List<CompletionView> views = new ArrayList<>();
        int completed = 0;
        for (Map.Entry<Long, Person> entry : people.entrySet()) {
            Person person = entry.getValue();
            boolean done = lessons > 0 && person.lessons.size() >= required;
            completed += done ? 1 : 0;
            views.add(new CompletionView(entry.getKey(), person.name, batch.id(), person.lessons.size(), lessons,
                    required, done, person.walkIn, List.copyOf(person.lessons)));
        }
        return new BatchCompletion(batch.id(), batch.name(), batch.project().id(), batch.project().code(), rule,
                lessons, required, completed, views);
    }

    /** The batch, when the caller may read its people's completion (managers, the site's lecturers and managers). */
    public Batch readableBatch(long batchId) {
        Caller caller = currentCaller.get();
        Batch batch = Persistence.findOrNotFound(em, Batch.class, batchId, "batch.notFound");
        if (!caller.canManage(batch.project().owner().path())
                && !groups.isRosterReader(caller.accountId(), batch.projectSite().id())) {
            throw DomainException.forbidden();
        }
        return batch;
    }

    public RuleView ruleOf(long projectId) {
        CompletionRule rule = em.find(CompletionRule.class, projectId);
        return rule == null ? CompletionRule.defaults(projectId) : rule.view();
    }

    private static boolean orDefault(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }

    private static final class Person {
        final String name;
        final boolean walkIn;
        final List<AttendedLesson> lessons = new ArrayList<>();

        Person(String name, boolean walkIn) {
            this.name = name;
            this.walkIn = walkIn;
        }
    }
}
