package org.healthedu.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthedu.account.Account;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.courseware.CoursewareStatus;
import org.healthedu.curriculum.CurriculumLesson;
import org.healthedu.enrolment.Batch;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;
import org.healthedu.training.GroupKind;

/**
 * Planning training sessions and reading them. Who may do what is {@link SessionAccess}'s. A session's lesson comes
 * from its batch's curriculum version; its lead trainer and co-trainers are members of the site's lecturer group, its
 * observers of the guidance group; its courseware is an APPROVED version for that lesson at that site; it falls in the
 * project's period.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class SessionService {

    /** Select list of {@link SessionView} (staff are added by {@link #withStaff}). */
    static final String VIEW = """
            select new org.healthedu.session.SessionView(s.id, p.id, p.code, p.nameZh, p.status, b.id, b.number,
                   b.name, ps.id, site.id, site.nameZh, l.id, l.position, l.titleZh, l.titleEn, s.room, s.startsAt,
                   s.endsAt, lead.id, lead.displayName, s.coursewareVersionId, s.status, s.statusReason,
                   s.overrideReason, s.version)
            from TrainingSession s join s.project p join s.batch b join s.projectSite ps join ps.site site
                 join s.lesson l join s.leadTrainer lead
            """;

    /**
     * Whom the caller may see sessions of, as a JPQL condition on {@code s}/{@code p}: projects in scope (owner or
     * funder), sites where they sit in a group, sessions they are on.
     */
    static final String SCOPE = """
            (p.owner.path like :scope or p.funder.path like :scope
             or s.leadTrainer.id = :me
             or exists (select 1 from TrainingSession o join o.staff st where o = s and st.accountId = :me)
             or exists (select 1 from TrainerGroupMember m join m.group g
                        where g.projectSite = s.projectSite and m.account.id = :me))
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionAccess access;

    @PersistenceContext
    private EntityManager em;

    /** Plans one session of a batch. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public SessionView plan(long batchId, SessionDraft draft) {
        Caller caller = currentCaller.get();
        Batch batch = Persistence.findOrNotFound(em, Batch.class, batchId, "batch.notFound");
        access.requirePlans(caller, batch.project(), batch.projectSite().id());
        if (draft == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        batch.project().requireOpen();
        CurriculumLesson lesson = lessonOf(batch, draft.lessonId());
        Account lead = leadTrainer(draft.leadTrainerId());
        TrainingSession session = new TrainingSession(batch, lesson, SessionTime.instant(draft.startsAt()),
                SessionTime.instant(draft.endsAt()), draft.room(), lead, account(caller));
        requireWithinPeriod(batch.project(), session.startsAt());
        session.staff(staffOf(draft));
        requireTrainersAndObservers(batch.projectSite().id(), draft);
        session.coursewareVersion(approvedCourseware(batch.projectSite().id(), lesson, draft.coursewareVersionId()));
        session.overrideReason(draft.overrideReason());
        em.persist(session);
        em.flush();
        return view(session.id());
    }

    public SessionView get(long id) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(id);
        access.requireSees(caller, session);
        return view(id);
    }

    /** The sessions the caller may see that match {@code filter}, by start time, a page at a time. */
    public Page<SessionView> list(SessionFilter filter, int offset, int limit) {
        Caller caller = currentCaller.get();
        SessionFilter f = filter == null ? new SessionFilter(null, null, null, null, null, null, null) : filter;
        StringBuilder where = new StringBuilder(" where ").append(SCOPE);
        Map<String, Object> params = new HashMap<>();
        params.put("scope", caller.scopePattern());
        params.put("me", caller.accountId());
        if (f.projectId() != null) {
            where.append(" and p.id = :projectId");
            params.put("projectId", f.projectId());
        }
        if (f.batchId() != null) {
            where.append(" and s.batch.id = :batchId");
            params.put("batchId", f.batchId());
        }
        if (f.siteId() != null) {
            where.append(" and s.projectSite.site.id = :siteId");
            params.put("siteId", f.siteId());
        }
        if (f.trainerId() != null) {
            where.append(" and (s.leadTrainer.id = :trainerId or exists (select 1 from TrainingSession t"
                    + " join t.staff ts where t = s and ts.accountId = :trainerId"
                    + " and ts.role = org.healthedu.session.StaffRole.TRAINER))");
            params.put("trainerId", f.trainerId());
        }
        if (f.status() != null) {
            where.append(" and s.status = :status");
            params.put("status", f.status());
        }
        if (f.from() != null) {
            where.append(" and s.endsAt > :from");
            params.put("from", SessionTime.startOf(f.from()));
        }
        if (f.to() != null) {
            where.append(" and s.startsAt < :to");
            params.put("to", SessionTime.startOf(f.to().plusDays(1)));
        }
        TypedQuery<Long> count = em.createQuery("select count(s) from TrainingSession s join s.project p" + where,
                Long.class);
        TypedQuery<SessionView> query = em.createQuery(VIEW + where + " order by s.startsAt, s.id",
                SessionView.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            query.setParameter(name, value);
        });
        List<SessionView> items = query.setFirstResult(Page.clampOffset(offset))
                .setMaxResults(Page.clampLimit(limit))
                .getResultList();
        return new Page<>(withStaff(items), count.getSingleResult(), offset, limit);
    }

    /** Whether the caller may plan sessions for this batch (the web layer shows or hides planning with it). */
    public boolean canPlan(long batchId) {
        Caller caller = currentCaller.get();
        Batch batch = Persistence.findOrNotFound(em, Batch.class, batchId, "batch.notFound");
        return access.plans(caller, batch.project(), batch.projectSite().id());
    }

    /** Whether the caller may take the roll of this session. */
    public boolean canTakeRoll(long sessionId) {
        return access.takesRoll(currentCaller.get(), find(sessionId));
    }

    // --- rules needing other rows ------------------------------------------------------------------------------

    /** The lesson, which must belong to the curriculum version the batch follows. */
    CurriculumLesson lessonOf(Batch batch, Long lessonId) {
        if (lessonId == null) {
            throw DomainException.invalid("lessonId", "error.required");
        }
        if (batch.curriculumId() == null) {
            throw DomainException.conflict("lessonId", "session.batch.noCurriculum", batch.name());
        }
        CurriculumLesson lesson = em.find(CurriculumLesson.class, lessonId);
        if (lesson == null || !lesson.curriculum().id().equals(batch.curriculumId())) {
            throw DomainException.invalid("lessonId", "session.lesson.notInCurriculum");
        }
        return lesson;
    }

    Account leadTrainer(Long accountId) {
        if (accountId == null) {
            throw DomainException.invalid("leadTrainerId", "error.required");
        }
        Account lead = em.find(Account.class, accountId);
        if (lead == null) {
            throw DomainException.invalid("leadTrainerId", "session.trainer.notInGroup");
        }
        return lead;
    }

    static Set<SessionStaff> staffOf(SessionDraft draft) {
        Set<SessionStaff> people = new LinkedHashSet<>();
        draft.trainerIds().forEach(id -> people.add(new SessionStaff(id, StaffRole.TRAINER)));
        draft.observerIds().forEach(id -> people.add(new SessionStaff(id, StaffRole.OBSERVER)));
        return people;
    }

    /**
     * The lead trainer and co-trainers must sit in the site's lecturer group, observers in its guidance group; one
     * query for all of them.
     */
    void requireTrainersAndObservers(long projectSiteId, SessionDraft draft) {
        Set<Long> everyone = new LinkedHashSet<>();
        everyone.add(draft.leadTrainerId());
        everyone.addAll(draft.trainerIds());
        everyone.addAll(draft.observerIds());
        Map<GroupKind, Set<Long>> members = new EnumMap<>(GroupKind.class);
        for (Object[] row : em.createQuery("""
                select g.kind, m.account.id from TrainerGroupMember m join m.group g
                where g.projectSite.id = :projectSiteId and m.account.id in :ids and m.account.active = true""",
                Object[].class)
                .setParameter("projectSiteId", projectSiteId)
                .setParameter("ids", everyone)
                .getResultList()) {
            members.computeIfAbsent((GroupKind) row[0], k -> new LinkedHashSet<>()).add((Long) row[1]);
        }
        Set<Long> lecturers = members.getOrDefault(GroupKind.LECTURER, Set.of());
        Set<Long> guidance = members.getOrDefault(GroupKind.GUIDANCE, Set.of());
        if (!lecturers.contains(draft.leadTrainerId())) {
            throw DomainException.invalid("leadTrainerId", "session.trainer.notInGroup");
        }
        for (Long id : draft.trainerIds()) {
            if (!lecturers.contains(id)) {
                throw DomainException.invalid("trainerIds", "session.trainer.notInGroup");
            }
        }
        for (Long id : draft.observerIds()) {
            if (!guidance.contains(id)) {
                throw DomainException.invalid("observerIds", "session.observer.notInGroup");
            }
            if (draft.trainerIds().contains(id) || id.equals(draft.leadTrainerId())) {
                throw DomainException.invalid("observerIds", "session.observer.alsoTrainer");
            }
        }
    }

    /** Null stays null; otherwise the version must be APPROVED courseware of this lesson at this site. */
    Long approvedCourseware(long projectSiteId, CurriculumLesson lesson, Long versionId) {
        if (versionId == null) {
            return null;
        }
        long found = em.createQuery("""
                select count(v) from CoursewareVersion v join v.courseware c
                where v.id = :versionId and c.projectSite.id = :projectSiteId and c.lineageId = :lineageId
                  and v.status = :approved""", Long.class)
                .setParameter("versionId", versionId)
                .setParameter("projectSiteId", projectSiteId)
                .setParameter("lineageId", lesson.lineageId())
                .setParameter("approved", CoursewareStatus.APPROVED)
                .getSingleResult();
        if (found == 0) {
            throw DomainException.invalid("coursewareVersionId", "session.courseware.notApproved");
        }
        return versionId;
    }

    static void requireWithinPeriod(Project project, Instant start) {
        LocalDate day = SessionTime.date(start);
        if ((project.startDate() != null && day.isBefore(project.startDate()))
                || (project.endDate() != null && day.isAfter(project.endDate()))) {
            throw DomainException.invalid("startsAt", "session.outsidePeriod", String.valueOf(project.startDate()),
                    String.valueOf(project.endDate()));
        }
    }

    // --- finders and views -------------------------------------------------------------------------------------

    SessionView view(long id) {
        SessionView view = em.createQuery(VIEW + " where s.id = :id", SessionView.class)
                .setParameter("id", id)
                .getSingleResult();
        return withStaff(List.of(view)).get(0);
    }

    /** The staff of all these sessions in one query. */
    List<SessionView> withStaff(List<SessionView> views) {
        if (views.isEmpty()) {
            return views;
        }
        Map<Long, List<StaffView>> staff = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select s.id, a.id, a.displayName, st.role from TrainingSession s join s.staff st, Account a
                where a.id = st.accountId and s.id in :ids order by st.role, a.displayName""", Object[].class)
                .setParameter("ids", views.stream().map(SessionView::id).toList())
                .getResultList()) {
            staff.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new StaffView((Long) row[1], (String) row[2], (StaffRole) row[3]));
        }
        return views.stream().map(v -> v.withStaff(staff.getOrDefault(v.id(), List.of()))).toList();
    }

    TrainingSession find(long id) {
        return Persistence.findOrNotFound(em, TrainingSession.class, id, "session.notFound");
    }

    private Account account(Caller caller) {
        return em.getReference(Account.class, caller.accountId());
    }
}
