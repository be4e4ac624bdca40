package org.healthedu.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.healthedu.account.Account;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.dashboard.ProjectScope;
import org.healthedu.project.Project;
import org.healthedu.session.SessionAccess;
import org.healthedu.session.SessionStatus;
import org.healthedu.session.SessionTime;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Adjustments (调整记录): recorded on a session that took place by those who take its roll (its trainers, the site's
 * lecturer and management groups, the project's managers), edited by the same people with optimistic locking; read
 * per session (whoever sees it) and per lesson across the project's batches (whoever sees the project's results, at
 * their visible sites). A lesson is followed by its position in the curriculum, as everywhere in the results.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class Adjustments {

    private static final String VIEW = """
            select f.id, s.id, b.id, b.name, l.position, l.title_zh, l.title_en, s.starts_at, q.id, q.text_zh,
                   q.text_en, f.description, a.id, a.display_name, f.created_at, f.updated_at, f.version
              from feedback_adjustment f join training_session s on s.id = f.session_id
                   join batch b on b.id = s.batch_id join curriculum_lesson l on l.id = f.lesson_id
                   join account a on a.id = f.created_by left join feedback_question q on q.id = f.question_id
            """;

    /** A question may prompt an adjustment if the session's responses answered its version, or its form is the one. */
    private static final String QUESTION_OF_SESSION = """
            select count(*) from feedback_question q
             where q.id = :question
               and (q.version_id in (select r.form_version_id from feedback_response r where r.session_id = :session)
                    or q.version_id = (select f.current_version_id from feedback_form f where f.id = :form))
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionAccess access;

    @Inject
    private FormDefinitions forms;

    @PersistenceContext
    private EntityManager em;

    public AdjustmentView record(long sessionId, AdjustmentDraft draft) {
        Caller caller = currentCaller.get();
        TrainingSession session = session(sessionId);
        access.requireTakesRoll(caller, session);
        if (draft == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        boolean tookPlace = session.status() == SessionStatus.HELD
                || (session.status() == SessionStatus.PLANNED && !session.startsAt().isAfter(Instant.now()));
        if (!tookPlace) {
            throw DomainException.conflict(null, "feedback.adjustment.notHeld");
        }
        FeedbackAdjustment adjustment = new FeedbackAdjustment(session, question(session, draft.questionId()),
                draft.description(), em.getReference(Account.class, caller.accountId()));
        em.persist(adjustment);
        em.flush();
        return one(adjustment.id());
    }

    public AdjustmentView change(long adjustmentId, AdjustmentDraft draft) {
        Caller caller = currentCaller.get();
        FeedbackAdjustment adjustment = Persistence.findOrNotFound(em, FeedbackAdjustment.class, adjustmentId,
                "feedback.adjustment.notFound");
        access.requireTakesRoll(caller, adjustment.session());
        if (draft == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        Persistence.requireVersion(adjustment.version(), draft.expectedVersion());
        adjustment.change(question(adjustment.session(), draft.questionId()), draft.description());
        em.flush();
        return one(adjustmentId);
    }

    public AdjustmentView get(long adjustmentId) {
        Caller caller = currentCaller.get();
        FeedbackAdjustment adjustment = Persistence.findOrNotFound(em, FeedbackAdjustment.class, adjustmentId,
                "feedback.adjustment.notFound");
        access.requireSees(caller, adjustment.session());
        return one(adjustmentId);
    }

    /** A session's adjustments, newest first. */
    public List<AdjustmentView> forSession(long sessionId) {
        Caller caller = currentCaller.get();
        TrainingSession session = session(sessionId);
        access.requireSees(caller, session);
        boolean editable = access.takesRoll(caller, session);
        return views(em.createNativeQuery(VIEW + " where f.session_id = :session order by f.created_at desc, f.id desc")
                .setParameter("session", sessionId), editable);
    }

    /** Adjustments of a lesson (its position) in every batch of the project, at the caller's visible sites. */
    public List<AdjustmentView> forLesson(long projectId, int position, Long siteId) {
        Caller caller = currentCaller.get();
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        ProjectScope scope = ProjectScope.of(em, caller, project, siteId, "feedback.results.siteNotFound");
        return views(em.createNativeQuery(VIEW + """
                 where s.project_id = :project and s.project_site_id in (select unnest(cast(:sites as bigint[])))
                   and l.position = :position
                 order by s.starts_at, f.created_at, f.id""")
                .setParameter("project", projectId).setParameter("sites", scope.array())
                .setParameter("position", position), false);
    }

    /** Whether the caller may record adjustments on the session (the page shows the form with it). */
    public boolean canRecord(long sessionId) {
        return access.takesRoll(currentCaller.get(), session(sessionId));
    }

    private FormQuestion question(TrainingSession session, Long questionId) {
        if (questionId == null) {
            return null;
        }
        long form = forms.formForSession(session.id()).id();
        long found = ((Number) em.createNativeQuery(QUESTION_OF_SESSION).setParameter("question", questionId)
                .setParameter("session", session.id()).setParameter("form", form).getSingleResult()).longValue();
        if (found == 0) {
            throw DomainException.invalid("questionId", "feedback.adjustment.questionUnknown");
        }
        return em.getReference(FormQuestion.class, questionId);
    }

    private AdjustmentView one(long id) {
        List<AdjustmentView> found = views(em.createNativeQuery(VIEW + " where f.id = :id").setParameter("id", id),
                true);
        return found.get(0);
    }

    private static List<AdjustmentView> views(Query query, boolean editable) {
        List<AdjustmentView> views = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            views.add(new AdjustmentView(FeedbackResults.num(r[0]), FeedbackResults.num(r[1]),
                    FeedbackResults.num(r[2]), (String) r[3], (int) FeedbackResults.num(r[4]), (String) r[5],
                    (String) r[6], SessionTime.local(FeedbackResults.instant(r[7])),
                    r[8] == null ? null : FeedbackResults.num(r[8]), (String) r[9], (String) r[10], (String) r[11],
                    FeedbackResults.num(r[12]), (String) r[13], FeedbackResults.instant(r[14]),
                    FeedbackResults.instant(r[15]), FeedbackResults.num(r[16]), editable));
        }
        return views;
    }

    private TrainingSession session(long id) {
        return Persistence.findOrNotFound(em, TrainingSession.class, id, "session.notFound");
    }
}
