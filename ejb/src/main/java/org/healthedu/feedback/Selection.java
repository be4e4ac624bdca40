package org.healthedu.feedback;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthedu.account.Caller;
import org.healthedu.dashboard.ProjectScope;
import org.healthedu.project.Project;
import org.healthedu.session.SessionAccess;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * The sessions a results figure is about, as the caller may see them: one session (whoever sees it), or a project's
 * sessions at the caller's visible sites (the attendance dashboard's rule) narrowed by site, batch, lesson position
 * and lead trainer. {@link #SQL} is the common table {@code sel} every results query starts from; {@code own} says
 * whether the caller trains the session (lead or session trainer), which lifts the small-cell protection.
 */
record Selection(Project project, TrainingSession session, String sites, long batchId, int position, long trainerId,
        long me) {

    static final String SQL = """
            sel as (
                select s.id, s.batch_id, l.position, s.lead_trainer_id, s.project_site_id,
                       (s.lead_trainer_id = :me
                        or exists (select 1 from session_staff x where x.session_id = s.id
                                      and x.account_id = :me and x.role = 'TRAINER')) as own,
                       b.number as batch_number, b.name as batch_name, l.title_zh, l.title_en,
                       t.display_name as trainer_name
                  from training_session s join curriculum_lesson l on l.id = s.lesson_id
                       join batch b on b.id = s.batch_id join account t on t.id = s.lead_trainer_id
                 where s.project_id = :project and s.project_site_id in (select unnest(cast(:sites as bigint[])))
                   and (:session = 0 or s.id = :session) and (:batch = 0 or s.batch_id = :batch)
                   and (:position = 0 or l.position = :position) and (:trainer = 0 or s.lead_trainer_id = :trainer)
            )""";

    /** Management group members' sites of a project: where they may compare trainers. */
    private static final String MANAGED_SITES = """
            select distinct g.project_site_id from trainer_group g join trainer_group_member m on m.group_id = g.id
              join project_site ps on ps.id = g.project_site_id
             where m.account_id = :me and g.kind = 'MANAGEMENT' and ps.project_id = :project
            """;

    static Selection ofSession(EntityManager em, SessionAccess access, Caller caller, long sessionId) {
        TrainingSession session = Persistence.findOrNotFound(em, TrainingSession.class, sessionId,
                "session.notFound");
        access.requireSees(caller, session);
        return new Selection(session.project(), session, "{" + session.projectSite().id() + "}", 0, 0, 0,
                caller.accountId());
    }

    /**
     * A project's sessions within the caller's scope. Narrowing to one trainer is itself a comparison of trainers:
     * only those who may compare trainers, or a trainer asking about themself.
     */
    static Selection ofProject(EntityManager em, Caller caller, long projectId, Long siteId, Long batchId,
            Integer lesson, Long trainerId) {
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        ProjectScope scope = ProjectScope.of(em, caller, project, siteId, "feedback.results.siteNotFound");
        String sites = scope.array();
        if (trainerId != null && trainerId != caller.accountId()) {
            sites = trainerSites(em, caller, project, scope);
        }
        return new Selection(project, null, sites, batchId == null ? 0 : batchId, lesson == null ? 0 : lesson,
                trainerId == null ? 0 : trainerId, caller.accountId());
    }

    /**
     * The sites (of those in scope) at which the caller may compare trainers: all for the project's managers (admin,
     * coordinator covering the owner), those where they sit in the management group otherwise; none: 403.
     */
    static String trainerSites(EntityManager em, Caller caller, Project project, ProjectScope scope) {
        if (caller.canManage(project.owner().path())) {
            return scope.array();
        }
        @SuppressWarnings("unchecked")
        List<Object> managed = em.createNativeQuery(MANAGED_SITES).setParameter("me", caller.accountId())
                .setParameter("project", project.id()).getResultList();
        Set<Long> sites = managed.stream().map(o -> ((Number) o).longValue())
                .filter(scope.sites()::containsKey).collect(Collectors.toSet());
        if (sites.isEmpty()) {
            throw DomainException.forbidden();
        }
        return sites.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    long sessionId() {
        return session == null ? 0 : session.id();
    }

    Query bind(Query query) {
        return query.setParameter("project", project.id()).setParameter("sites", sites)
                .setParameter("session", sessionId()).setParameter("batch", batchId)
                .setParameter("position", position).setParameter("trainer", trainerId).setParameter("me", me);
    }
}
