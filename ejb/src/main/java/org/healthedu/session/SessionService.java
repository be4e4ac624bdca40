package org.healthedu.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
        settleConflicts(caller, batch.project(), List.of(BookingConflicts.Booking.of(session)),
                draft.overrideReason(), session::overrideReason);
        em.persist(session);
        em.flush();
        return view(session.id());
    }

    /**
     * Changes a session: lesson, room, times, lead trainer, co-trainers, observers, courseware (a reschedule is the
     * same with new times or room). {@code expectedVersion} is the version read: a newer one means someone else saved
     * meanwhile (409). A held session stays as it was.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public SessionView revise(long id, SessionDraft draft, Long expectedVersion) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(id);
        access.requirePlans(caller, session.project(), session.projectSite().id());
        if (draft == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        Persistence.requireVersion(session.version(), expectedVersion);
        if (session.status() == SessionStatus.HELD) {
            throw DomainException.conflict("status", "session.edit.held");
        }
        session.project().requireOpen();
        Batch batch = session.batch();
        CurriculumLesson lesson = lessonOf(batch, draft.lessonId());
        Account lead = leadTrainer(draft.leadTrainerId());
        requireTrainersAndObservers(session.projectSite().id(), draft);
        Long courseware = approvedCourseware(session.projectSite().id(), lesson, draft.coursewareVersionId());
        session.place(SessionTime.instant(draft.startsAt()), SessionTime.instant(draft.endsAt()), draft.room());
        requireWithinPeriod(session.project(), session.startsAt());
        session.lesson(lesson);
        session.leadTrainer(lead);
        session.staff(staffOf(draft));
        session.coursewareVersion(courseware);
        if (session.status().books()) {
            settleConflicts(caller, session.project(), List.of(BookingConflicts.Booking.of(session)),
                    draft.overrideReason(), session::overrideReason);
        }
        flushOrStale();
        return view(id);
    }

    /** Calls the session off for good, with a reason. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public SessionView cancel(long id, String reason, Long expectedVersion) {
        return callOff(id, SessionStatus.CANCELLED, reason, expectedVersion);
    }

    /** Puts the session off to a time not fixed yet, with a reason; it books nothing until planned again. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public SessionView postpone(long id, String reason, Long expectedVersion) {
        return callOff(id, SessionStatus.POSTPONED, reason, expectedVersion);
    }

    private SessionView callOff(long id, SessionStatus status, String reason, Long expectedVersion) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(id);
        access.requirePlans(caller, session.project(), session.projectSite().id());
        Persistence.requireVersion(session.version(), expectedVersion);
        session.project().requireOpen();
        session.callOff(status, reason);
        flushOrStale();
        return view(id);
    }

    /**
     * Plans a postponed or cancelled session again, at its old time or at new local times (both or neither); it books
     * its people and room again, so conflicts are checked as when planning.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public SessionView replan(long id, LocalDateTime startsAt, LocalDateTime endsAt, String overrideReason,
            Long expectedVersion) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(id);
        access.requirePlans(caller, session.project(), session.projectSite().id());
        Persistence.requireVersion(session.version(), expectedVersion);
        session.project().requireOpen();
        session.replan();
        if (startsAt != null || endsAt != null) {
            session.place(SessionTime.instant(startsAt), SessionTime.instant(endsAt), session.room());
            requireWithinPeriod(session.project(), session.startsAt());
        }
        settleConflicts(caller, session.project(), List.of(BookingConflicts.Booking.of(session)), overrideReason,
                session::overrideReason);
        flushOrStale();
        return view(id);
    }

    /**
     * Plans the batch's lessons not yet scheduled (none of its sessions but cancelled ones has the lesson) in lesson
     * order, one per date of the recurrence, all with the same room and people. A preview stores nothing and shows
     * each proposed session's conflicts; otherwise every session is saved or none (conflicts refuse the whole plan
     * unless a project manager overrides them with a reason).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public GeneratedPlan generate(long batchId, GenerationRequest request, boolean preview) {
        Caller caller = currentCaller.get();
        Batch batch = Persistence.findOrNotFound(em, Batch.class, batchId, "batch.notFound");
        access.requirePlans(caller, batch.project(), batch.projectSite().id());
        if (request == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        batch.project().requireOpen();
        if (batch.curriculumId() == null) {
            throw DomainException.conflict("batchId", "session.batch.noCurriculum", batch.name());
        }
        Recurrence recurrence = request.recurrence();
        if (request.durationMinutes() != null && request.durationMinutes() <= 0) {
            throw DomainException.invalid("durationMinutes", "schedule.duration.positive");
        }
        List<CurriculumLesson> lessons = unscheduledLessons(batch);
        if (lessons.isEmpty()) {
            throw DomainException.conflict("batchId", "schedule.generate.nothingLeft", batch.name());
        }
        Account lead = leadTrainer(request.leadTrainerId());
        requireTrainersAndObservers(batch.projectSite().id(),
                request.draftFor(lessons.get(0).id(), null, null));
        List<LocalDateTime> starts = recurrence.starts(lessons.size());
        List<TrainingSession> planned = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            CurriculumLesson lesson = lessons.get(i);
            int minutes = request.durationMinutes() != null ? request.durationMinutes() : lesson.minutes();
            if (minutes <= 0) {
                throw DomainException.invalid("durationMinutes", "schedule.duration.required", lesson.titleZh());
            }
            LocalDateTime start = starts.get(i);
            TrainingSession session = new TrainingSession(batch, lesson, SessionTime.instant(start),
                    SessionTime.instant(start.plusMinutes(minutes)), request.room(), lead, account(caller));
            requireWithinPeriod(batch.project(), session.startsAt());
            session.staff(staffOf(request.draftFor(lesson.id(), start, start.plusMinutes(minutes))));
            planned.add(session);
        }
        List<BookingConflicts.Booking> bookings = planned.stream().map(BookingConflicts.Booking::of).toList();
        if (preview) {
            return new GeneratedPlan(false, proposals(planned, BookingConflicts.find(em, bookings), false));
        }
        List<List<SessionConflict>> conflicts = settleConflicts(caller, batch.project(), bookings,
                request.overrideReason(), reason -> planned.forEach(s -> s.overrideReason(reason)));
        planned.forEach(em::persist);
        em.flush();
        return new GeneratedPlan(true, proposals(planned, conflicts, true));
    }

    /** Whether the caller may override booking conflicts in this session's project (its managers may). */
    public boolean canOverride(long sessionId) {
        return access.managesProject(currentCaller.get(), find(sessionId).project());
    }

    /** Whether the caller may change, reschedule or call off this session. */
    public boolean canReschedule(long sessionId) {
        TrainingSession session = find(sessionId);
        return access.plans(currentCaller.get(), session.project(), session.projectSite().id());
    }

    /** The segments the session's lesson covers, in order. */
    public List<SegmentLine> segments(long sessionId) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(sessionId);
        access.requireSees(caller, session);
        return em.createQuery("""
                select new org.healthedu.session.SegmentLine(g.position, g.titleZh, g.titleEn, g.durationMinutes)
                from CurriculumSegment g where g.lesson.id = :lessonId order by g.position""", SegmentLine.class)
                .setParameter("lessonId", session.lesson().id())
                .getResultList();
    }

    /**
     * What a calendar can be filtered by: the projects, sites, batches and lead trainers of the sessions the caller
     * sees; one query each.
     */
    public CalendarChoices calendarChoices() {
        Caller caller = currentCaller.get();
        String from = " from TrainingSession s join s.project p where " + SCOPE;
        return new CalendarChoices(
                choices("select distinct new org.healthedu.session.Choice(p.id, p.nameZh)" + from, caller),
                choices("select distinct new org.healthedu.session.Choice(s.projectSite.site.id,"
                        + " s.projectSite.site.nameZh)" + from, caller),
                choices("select distinct new org.healthedu.session.Choice(s.batch.id,"
                        + " concat(p.nameZh, ' \u00b7 ', s.batch.name))" + from, caller),
                choices("select distinct new org.healthedu.session.Choice(s.leadTrainer.id,"
                        + " s.leadTrainer.displayName)" + from, caller));
    }

    private List<Choice> choices(String jpql, Caller caller) {
        return em.createQuery(jpql, Choice.class)
                .setParameter("scope", caller.scopePattern())
                .setParameter("me", caller.accountId())
                .getResultList().stream().sorted(Comparator.comparing(Choice::label)).toList();
    }

    /** The lecturers (lead and co-trainer candidates) at the session's project site. */
    public List<Choice> lecturersOf(long sessionId) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(sessionId);
        access.requireSees(caller, session);
        return lecturersAt(session.projectSite().id());
    }

    /** The lecturers at the batch's project site, for those who plan its sessions. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public List<Choice> lecturersOfBatch(long batchId) {
        Batch batch = Persistence.findOrNotFound(em, Batch.class, batchId, "batch.notFound");
        access.requirePlans(currentCaller.get(), batch.project(), batch.projectSite().id());
        return lecturersAt(batch.projectSite().id());
    }

    private List<Choice> lecturersAt(long projectSiteId) {
        return em.createQuery("""
                select new org.healthedu.session.Choice(m.account.id, m.account.displayName)
                from TrainerGroupMember m join m.group g
                where g.projectSite.id = :projectSiteId and g.kind = :kind and m.account.active = true
                order by m.account.displayName""", Choice.class)
                .setParameter("projectSiteId", projectSiteId)
                .setParameter("kind", GroupKind.LECTURER)
                .getResultList();
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

    /**
     * Finds the booking conflicts of the sessions about to be saved. None: any override reason is dropped. Some:
     * refused with the first one named (409), unless a manager of the project gives a reason, which is kept; anyone
     * else giving a reason is refused (403).
     */
    List<List<SessionConflict>> settleConflicts(Caller caller, Project project,
            List<BookingConflicts.Booking> bookings, String overrideReason, Consumer<String> keepReason) {
        BookingConflicts.lock(em, bookings);
        List<List<SessionConflict>> conflicts = BookingConflicts.find(em, bookings);
        SessionConflict first = BookingConflicts.first(conflicts);
        if (first == null) {
            keepReason.accept(null);
            return conflicts;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw first.toException();
        }
        if (!access.managesProject(caller, project)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "session.override.forbidden",
                    "overrideReason");
        }
        keepReason.accept(overrideReason);
        return conflicts;
    }

    /** The batch's lessons that no session of it (other than a cancelled one) covers yet, in order, with segments. */
    List<CurriculumLesson> unscheduledLessons(Batch batch) {
        return em.createQuery("""
                select distinct l from CurriculumLesson l left join fetch l.segments
                where l.curriculum.id = :curriculumId and l.lineageId not in (
                    select sl.lineageId from TrainingSession s join s.lesson sl
                    where s.batch = :batch and s.status <> :cancelled)
                order by l.position""", CurriculumLesson.class)
                .setParameter("curriculumId", batch.curriculumId())
                .setParameter("batch", batch)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList();
    }

    private static List<GeneratedPlan.Proposed> proposals(List<TrainingSession> sessions,
            List<List<SessionConflict>> conflicts, boolean saved) {
        List<GeneratedPlan.Proposed> out = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            TrainingSession s = sessions.get(i);
            out.add(new GeneratedPlan.Proposed(saved ? s.id() : null, s.lesson().id(), s.lesson().position(),
                    s.lesson().titleZh(), s.lesson().titleEn(), SessionTime.local(s.startsAt()),
                    SessionTime.local(s.endsAt()), s.room(), conflicts.get(i)));
        }
        return out;
    }

    /** Writes the change; someone else's change to the same row since it was read is a stale edit (409). */
    private void flushOrStale() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw DomainException.conflict(null, "error.staleEdit");
        }
    }

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
