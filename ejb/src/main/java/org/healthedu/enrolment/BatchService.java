package org.healthedu.enrolment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import org.healthedu.account.Account;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.UnitPath;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectSite;
import org.healthedu.project.ProjectStatus;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;

/**
 * Batches of a project and the enrolments in them. Who may do what:
 * <ul>
 * <li>plan and change batches, enrol, move, withdraw: an admin or a coordinator managing the project (covering its
 * owning unit), while the project is not closed;</li>
 * <li>read a batch's roster (names): those managers, and the members of the lecturer and management groups of the
 * batch's project site (they call the roll);</li>
 * <li>read batches and their counts only: whoever sees the project (covering its owning or funding unit, guidance
 * observers included) and the members of any group of the batch's project site.</li>
 * </ul>
 * Enrolments count against the capacity under a lock on the batch row ({@code select … for update}), so concurrent
 * enrolments cannot overfill a batch; a move locks both batches in id order, so two opposite moves cannot deadlock.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class BatchService {

    private static final String ACTIVE = "org.healthedu.enrolment.EnrolmentStatus.ACTIVE";

    /** Select list of {@link BatchView}: the counts are correlated subqueries over the (batch, status) index. */
    static final String BATCH_VIEW = """
            select new org.healthedu.enrolment.BatchView(b.id, p.id, p.code, p.nameZh, p.status, b.number, b.name,
                   s.id, s.nameZh, ps.id, b.plannedStart, b.capacity, %s,
                   (select count(e) from Enrolment e where e.batch = b and e.status = %s),
                   (select count(e) from Enrolment e where e.batch = b
                       and e.status = org.healthedu.enrolment.EnrolmentStatus.MOVED),
                   (select count(e) from Enrolment e where e.batch = b
                       and e.status in (org.healthedu.enrolment.EnrolmentStatus.WITHDRAWN,
                                        org.healthedu.enrolment.EnrolmentStatus.CONSENT_WITHDRAWN)),
                   b.version)
            from Batch b join b.project p join b.projectSite ps join ps.site s %s
            """.formatted(BatchCurriculum.VIEW_COLUMNS, ACTIVE, BatchCurriculum.VIEW_JOIN);

    /** Select list of {@link RosterEntry}; where a moved person went is a correlated subquery. */
    static final String ROSTER = """
            select new org.healthedu.enrolment.RosterEntry(e.id, pt.id, pt.displayName, pt.anonymisedAt, pt.kind,
                   pt.gender, pt.birthYear, pt.school, pt.grade, e.status, e.enrolledOn, e.endedOn, e.endReason,
                   fb.name,
                   (select tb.name from Enrolment n join n.batch tb where n.movedFrom = e),
                   e.version)
            from Enrolment e join e.participant pt left join e.movedFrom f left join f.batch fb
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private BatchCurriculum curricula;

    @Inject
    private GroupAccess groups;

    @PersistenceContext
    private EntityManager em;

    /**
     * A project's batches with their counts, by number. Whoever sees the project sees them all; a trainer group member
     * sees those of the sites their groups work at.
     */
    public List<BatchView> batchesOf(long projectId) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        if (seesProject(caller, project)) {
            return em.createQuery(BATCH_VIEW + " where p.id = :projectId order by b.number", BatchView.class)
                    .setParameter("projectId", projectId)
                    .getResultList();
        }
        List<Long> sites = groups.projectSitesOf(caller.accountId(), projectId);
        if (sites.isEmpty()) {
            throw DomainException.forbidden();
        }
        return em.createQuery(BATCH_VIEW + " where p.id = :projectId and ps.id in :sites order by b.number",
                BatchView.class)
                .setParameter("projectId", projectId)
                .setParameter("sites", sites)
                .getResultList();
    }

    public BatchView getBatch(long id) {
        Caller caller = currentCaller.get();
        Batch batch = find(id);
        requireSeesCounts(caller, batch);
        return view(id);
    }

    /**
     * Plans batch number n+1 of a project at one of its sites, following {@code curriculumId} (a version of the
     * project's own curriculum; null: its current version, if it has one), which is marked in use from then on.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public BatchView planBatch(long projectId, Long siteId, BatchDetails details, Long curriculumId) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        caller.requireCanManage(project.owner());
        project.requireOpen();
        if (siteId == null) {
            throw DomainException.invalid("siteId", "error.required");
        }
        ProjectSite projectSite = findProjectSite(projectId, siteId);
        // The project row's lock makes "the next number" safe when two batches are planned at once.
        em.refresh(project, LockModeType.PESSIMISTIC_WRITE);
        int next = em.createQuery("select coalesce(max(b.number), 0) from Batch b where b.project.id = :projectId",
                Integer.class)
                .setParameter("projectId", projectId)
                .getSingleResult() + 1;
        Batch batch = new Batch(projectSite, next, details);
        em.persist(batch);
        curricula.follow(batch, projectId, curriculumId);
        Persistence.flushOrConflict(em, "number", "batch.number.taken");
        return view(batch.id());
    }

    /** New name, planned start or capacity (not below the people enrolled now), or another curriculum version. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public BatchView reviseBatch(long id, BatchDetails details, Long curriculumId, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Batch batch = find(id);
        caller.requireCanManage(batch.project().owner());
        batch.project().requireOpen();
        batch = lock(id);
        Persistence.requireVersion(batch.version(), expectedVersion);
        batch.revise(details, activeCount(id));
        if (curriculumId != null) {
            curricula.follow(batch, batch.project().id(), curriculumId);
        }
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return view(id);
    }

    /**
     * A batch's roster, a page at a time: enrolled people first (by name), then, with {@code includeEnded}, those
     * who moved on or left. Names are searched with {@code text}.
     */
    public Page<RosterEntry> roster(long batchId, String text, boolean includeEnded, int offset, int limit) {
        Caller caller = currentCaller.get();
        Batch batch = find(batchId);
        requireSeesRoster(caller, batch);
        boolean searching = text != null && !text.isBlank();
        String where = " where e.batch.id = :batchId"
                + (includeEnded ? "" : " and e.status = " + ACTIVE)
                + (searching ? " and pt.nameKey like :text escape '\\'" : "");
        TypedQuery<Long> count = em.createQuery(
                "select count(e) from Enrolment e join e.participant pt" + where, Long.class);
        TypedQuery<RosterEntry> items = em.createQuery(ROSTER + where
                + " order by case when e.status = " + ACTIVE + " then 0 else 1 end, pt.nameKey nulls last, e.id",
                RosterEntry.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            query.setParameter("batchId", batchId);
            if (searching) {
                query.setParameter("text", Persistence.containsPattern(Participant.nameKey(text)));
            }
        }
        long total = count.getSingleResult();
        List<RosterEntry> page = items.setFirstResult(Page.clampOffset(offset))
                .setMaxResults(Page.clampLimit(limit))
                .getResultList();
        return new Page<>(page, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    /**
     * Enrols a participant of the project's scope: refused when the batch is full, when they are enrolled in this or
     * another batch of the project already, or when a child who could be under 14 has no guardian's consent.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public RosterEntry enrol(long batchId, Long participantId) {
        Caller caller = currentCaller.get();
        Batch batch = find(batchId);
        Project project = batch.project();
        caller.requireCanManage(project.owner());
        project.requireOpen();
        if (participantId == null) {
            throw DomainException.invalid("participantId", "error.required");
        }
        batch = lock(batchId);
        Participant participant = lockParticipant(participantId);
        caller.requireCanManage(participant.unit());
        requireWithinProject(participant, project);
        requireNotEnrolledIn(project.id(), participantId);
        batch.requireRoomFor(activeCount(batchId), 1);
        Enrolment enrolment = new Enrolment(batch, participant, consentInForce(participantId), Age.today(),
                account(caller), null);
        em.persist(enrolment);
        Persistence.flushOrConflict(em, "participantId", "enrolment.duplicate");
        return entry(enrolment.id());
    }

    /**
     * Moves an enrolled person to another batch of the same project on {@code on} (null: today): this enrolment ends
     * as MOVED, a new one starts there, pointing back. The other batch must have room.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public RosterEntry move(long batchId, long enrolmentId, Long toBatchId, LocalDate on, String reason) {
        Caller caller = currentCaller.get();
        Enrolment enrolment = findEnrolment(batchId, enrolmentId);
        Project project = enrolment.project();
        caller.requireCanManage(project.owner());
        project.requireOpen();
        if (toBatchId == null) {
            throw DomainException.invalid("toBatchId", "error.required");
        }
        if (toBatchId == batchId) {
            throw DomainException.invalid("toBatchId", "enrolment.move.sameBatch");
        }
        Batch target = find(toBatchId);
        if (!target.project().id().equals(project.id())) {
            throw DomainException.invalid("toBatchId", "enrolment.move.otherProject");
        }
        // Both batches locked in id order: two opposite moves at once wait for each other instead of deadlocking.
        Batch first = lock(Math.min(batchId, toBatchId));
        Batch second = lock(Math.max(batchId, toBatchId));
        target = first.id() == toBatchId ? first : second;
        Participant participant = lockParticipant(enrolment.participant().id());
        em.refresh(enrolment);
        LocalDate day = on == null ? Age.today() : on;
        enrolment.endByMove(day, reason, account(caller));
        target.requireRoomFor(activeCount(toBatchId), 1);
        Enrolment moved = new Enrolment(target, participant, consentInForce(participant.id()), day, account(caller),
                enrolment);
        em.persist(moved);
        Persistence.flushOrConflict(em, "participantId", "enrolment.duplicate");
        return entry(moved.id());
    }

    /** The person leaves the batch on {@code on} (null: today), with an optional reason. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public RosterEntry withdraw(long batchId, long enrolmentId, LocalDate on, String reason, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Enrolment enrolment = findEnrolment(batchId, enrolmentId);
        caller.requireCanManage(enrolment.project().owner());
        enrolment.project().requireOpen();
        lock(batchId);
        lockParticipant(enrolment.participant().id());
        em.refresh(enrolment);
        Persistence.requireVersion(enrolment.version(), expectedVersion);
        enrolment.withdraw(on == null ? Age.today() : on, reason, account(caller));
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return entry(enrolmentId);
    }

    /** Whether the caller may plan batches and enrol people in this project now (it manages it, and it is open). */
    public boolean canManageBatches(long projectId) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        return managesProject(caller, project) && project.status() != ProjectStatus.CLOSED;
    }

    /** Whether the caller may read this batch's roster (the web layer shows or hides the roster with it). */
    public boolean canSeeRoster(long batchId) {
        Caller caller = currentCaller.get();
        return seesRoster(caller, find(batchId));
    }

    // --- who may see what -------------------------------------------------------------------------------------

    private static boolean seesProject(Caller caller, Project project) {
        return caller.covers(project.owner().path()) || caller.covers(project.funder().path());
    }

    private static boolean managesProject(Caller caller, Project project) {
        return caller.canManage(project.owner().path());
    }

    private boolean seesRoster(Caller caller, Batch batch) {
        return managesProject(caller, batch.project())
                || groups.isRosterReader(caller.accountId(), batch.projectSite().id());
    }

    private void requireSeesRoster(Caller caller, Batch batch) {
        if (!seesRoster(caller, batch)) {
            throw DomainException.forbidden();
        }
    }

    private void requireSeesCounts(Caller caller, Batch batch) {
        if (!seesProject(caller, batch.project())
                && !groups.isAnyMember(caller.accountId(), batch.projectSite().id())) {
            throw DomainException.forbidden();
        }
    }

    // --- rules needing other rows -----------------------------------------------------------------------------

    /** A project is carried out below its owning unit: its batches take people of that subtree only. */
    private static void requireWithinProject(Participant participant, Project project) {
        if (!UnitPath.isWithin(participant.unit().path(), project.owner().path())) {
            throw DomainException.invalid("participantId", "enrolment.participant.outsideProject");
        }
    }

    private void requireNotEnrolledIn(long projectId, long participantId) {
        long current = em.createQuery("""
                select count(e) from Enrolment e
                where e.project.id = :projectId and e.participant.id = :participantId and e.status = %s"""
                .formatted(ACTIVE), Long.class)
                .setParameter("projectId", projectId)
                .setParameter("participantId", participantId)
                .getSingleResult();
        if (current > 0) {
            throw DomainException.conflict("participantId", "enrolment.duplicate");
        }
    }

    private long activeCount(long batchId) {
        return em.createQuery("select count(e) from Enrolment e where e.batch.id = :id and e.status = " + ACTIVE,
                Long.class)
                .setParameter("id", batchId)
                .getSingleResult();
    }

    private boolean consentInForce(long participantId) {
        return em.createQuery("""
                select count(c) from GuardianConsent c where c.participant.id = :id and c.withdrawnAt is null""",
                Long.class)
                .setParameter("id", participantId)
                .getSingleResult() > 0;
    }

    // --- finders and views ------------------------------------------------------------------------------------

    private BatchView view(long id) {
        return em.createQuery(BATCH_VIEW + " where b.id = :id", BatchView.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private RosterEntry entry(long enrolmentId) {
        return em.createQuery(ROSTER + " where e.id = :id", RosterEntry.class)
                .setParameter("id", enrolmentId)
                .getSingleResult();
    }

    private Account account(Caller caller) {
        return em.getReference(Account.class, caller.accountId());
    }

    private Batch find(long id) {
        return Persistence.findOrNotFound(em, Batch.class, id, "batch.notFound");
    }

    /** The batch row locked for this transaction ({@code select … for update}), read fresh. */
    private Batch lock(long id) {
        Batch batch = Persistence.lockOrNotFound(em, Batch.class, id, "batch.notFound");
        em.refresh(batch, LockModeType.PESSIMISTIC_WRITE);
        return batch;
    }

    private Participant lockParticipant(long id) {
        Participant participant = em.find(Participant.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (participant == null) {
            throw DomainException.notFound("participant.notFound", id);
        }
        return participant;
    }

    private Enrolment findEnrolment(long batchId, long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !enrolment.batch().id().equals(batchId)) {
            throw DomainException.notFound("enrolment.notFound", enrolmentId);
        }
        return enrolment;
    }

    private Project findProject(long id) {
        return Persistence.findOrNotFound(em, Project.class, id, "project.notFound");
    }

    private ProjectSite findProjectSite(long projectId, long siteId) {
        List<ProjectSite> found = em.createQuery(
                "select ps from ProjectSite ps where ps.project.id = :projectId and ps.site.id = :siteId",
                ProjectSite.class)
                .setParameter("projectId", projectId)
                .setParameter("siteId", siteId)
                .getResultList();
        if (found.isEmpty()) {
            throw DomainException.invalid("siteId", "project.site.notFound", siteId);
        }
        return found.get(0);
    }
}
