package org.healthedu.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.enrolment.Age;
import org.healthedu.enrolment.Participant;
import org.healthedu.enrolment.ParticipantDetails;
import org.healthedu.organisation.Site;
import org.healthedu.organisation.UnitPath;
import org.healthedu.session.SessionAccess;
import org.healthedu.session.SessionService;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * The roll call of a session (点名): who is expected (enrolled in the batch on the session's date: people who joined
 * later or left before are not listed, so never counted absent), their marks, walk-ins, the history of changes, and
 * saving all marks in one transaction. Whoever takes the roll ({@link SessionAccess#takesRoll}: the project's
 * managers, the session's trainers, the site's lecturer and management groups) reads and writes it; nobody else, not
 * guidance observers either. The rules themselves are {@link MarkWriter}'s, shared with uploads and self check-in.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class AttendanceService {

    static final int CANDIDATES_MAX = 20;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionAccess access;

    @Inject
    private SessionService sessions;

    @PersistenceContext
    private EntityManager em;

    public RollCall rollCall(long sessionId) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(sessionId);
        access.requireTakesRoll(caller, session);
        return rollCallOf(session);
    }

    /**
     * Records the marks of the listed people in one transaction and marks the session held; the others keep theirs.
     * Saves of the same session take turns (the session row is locked); a mark someone changed since the sender read
     * it refuses the whole save with {@link RollCallConflict} (409) saying what changed.
     */
    public RollCall saveRollCall(long sessionId, List<MarkEntry> entries) {
        Caller caller = currentCaller.get();
        TrainingSession session = lockedForMarks(caller, sessionId);
        new MarkWriter(em).apply(session, entries, AttendanceSource.ROLL_CALL, caller.accountId());
        return rollCallOf(session);
    }

    /**
     * Adds someone who came without being expected, marked (default PRESENT) and flagged as a walk-in: an existing
     * participant of the project's scope, or a new one created with the minimum at the session's site, by the
     * participant rules.
     */
    public RollCallEntry addWalkIn(long sessionId, WalkIn walkIn) {
        Caller caller = currentCaller.get();
        if (walkIn == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        TrainingSession session = lockedForMarks(caller, sessionId);
        long participantId;
        if (walkIn.participantId() != null) {
            participantId = walkIn.participantId();
            List<RollCallEntry> listed = new MarkWriter(em).entries(session);
            RollCallEntry already = listed.stream().filter(e -> e.participantId() == participantId).findFirst()
                    .orElse(null);
            if (already != null) {
                throw DomainException.conflict("participantId",
                        already.expected() ? "rollcall.walkIn.expected" : "rollcall.walkIn.alreadyListed",
                        already.displayName());
            }
        } else {
            Site site = session.projectSite().site();
            session.project().requireOpen();
            Participant created = new Participant(new ParticipantDetails(walkIn.kind(), walkIn.displayName(),
                    walkIn.gender(), walkIn.birthYear(), null, null, null), site.unit(), site, Age.today());
            em.persist(created);
            em.flush();
            participantId = created.id();
        }
        MarkEntry entry = new MarkEntry(participantId,
                walkIn.status() == null ? AttendanceStatus.PRESENT : walkIn.status(), walkIn.note(), null, true);
        try {
            new MarkWriter(em).apply(session, List.of(entry), AttendanceSource.ROLL_CALL, caller.accountId());
        } catch (DomainException e) {
            // The one entry's fields are the request's own.
            String field = e.field() == null ? null : e.field().replace(MarkWriter.field(0, ""), "");
            throw new DomainException(e.kind(), e.messageKey(), field, e.args());
        }
        return new MarkWriter(em).entries(session).stream().filter(e -> e.participantId() == participantId)
                .findFirst().orElseThrow();
    }

    /**
     * Participants of the project's scope (its owning unit and below) whose name contains {@code text}, not on this
     * roll call yet, by name; at most {@value #CANDIDATES_MAX}. Only what recognises them: name, kind, gender, unit.
     */
    public List<WalkInCandidate> walkInCandidates(long sessionId, String text) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(sessionId);
        access.requireTakesRoll(caller, session);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return em.createQuery("""
                select new org.healthedu.attendance.WalkInCandidate(p.id, p.displayName, p.kind, p.gender, u.nameZh)
                from Participant p join p.unit u
                where u.path like :scope and p.nameKey like :text escape '\\'
                  and not exists (select 1 from Attendance a where a.participant = p and a.session.id = :sessionId)
                order by p.nameKey, p.id""", WalkInCandidate.class)
                .setParameter("scope", UnitPath.subtreePattern(session.project().owner().path()))
                .setParameter("text", Persistence.containsPattern(Participant.nameKey(text)))
                .setParameter("sessionId", sessionId)
                .setMaxResults(CANDIDATES_MAX)
                .getResultList();
    }

    /** Every change to the session's marks after they were first recorded, latest first. */
    public List<AttendanceChangeView> history(long sessionId) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(sessionId);
        access.requireTakesRoll(caller, session);
        return em.createQuery("""
                select new org.healthedu.attendance.AttendanceChangeView(c.id, p.id, p.displayName, c.oldStatus,
                       c.newStatus, c.oldNote, c.newNote, c.source, cb.displayName, c.changedAt)
                from AttendanceChange c join c.participant p left join c.changedBy cb
                where c.session.id = :sessionId order by c.changedAt desc, c.id desc""", AttendanceChangeView.class)
                .setParameter("sessionId", sessionId)
                .getResultList();
    }

    /** Checks an uploaded attendance sheet against the roll call, row by row; changes nothing. */
    public AttendanceImport.Preview previewImport(long sessionId, String filename, byte[] content) {
        Caller caller = currentCaller.get();
        TrainingSession session = find(sessionId);
        access.requireTakesRoll(caller, session);
        return AttendanceImport.check(AttendanceImport.parse(filename, content), new MarkWriter(em).entries(session));
    }

    /**
     * Records an uploaded attendance sheet: all rows or none (any row with an error refuses the file). The sheet is
     * the record of the day: its marks replace those there (changes kept in the history), as source IMPORT; the file
     * is read and checked again under the session's lock, nothing from the preview is trusted. Who may take the roll
     * is checked before the file is read: someone else learns nothing from what is wrong with it.
     */
    public RollCall applyImport(long sessionId, String filename, byte[] content) {
        Caller caller = currentCaller.get();
        TrainingSession session = lockedForMarks(caller, sessionId);
        List<AttendanceImport.Row> rows = AttendanceImport.parse(filename, content);
        List<RollCallEntry> people = new MarkWriter(em).entries(session);
        AttendanceImport.Preview preview = AttendanceImport.check(rows, people);
        if (!preview.canApply()) {
            throw DomainException.invalid("file", "rollcall.import.hasErrors", preview.errorRows());
        }
        Map<Long, Long> versions = new HashMap<>();
        people.stream().filter(p -> p.version() != null).forEach(p -> versions.put(p.participantId(), p.version()));
        new MarkWriter(em).apply(session, preview.entries(versions), AttendanceSource.IMPORT, caller.accountId());
        return rollCallOf(session);
    }

    /** Whether the caller may take this session's roll (pages show or hide the roll call with it). */
    public boolean canTakeRoll(long sessionId) {
        return access.takesRoll(currentCaller.get(), find(sessionId));
    }

    RollCall rollCallOf(TrainingSession session) {
        return RollCall.of(sessions.get(session.id()), MarkWriter.dayOf(session), new MarkWriter(em).entries(session));
    }

    /**
     * The session, locked so that writers of its marks take turns, if the caller takes its roll and it has begun (on
     * its day or later: a roll call is not taken in advance).
     */
    TrainingSession lockedForMarks(Caller caller, long sessionId) {
        TrainingSession session = Persistence.lockOrNotFound(em, TrainingSession.class, sessionId,
                "session.notFound");
        access.requireTakesRoll(caller, session);
        if (MarkWriter.dayOf(session).isAfter(Age.today())) {
            throw DomainException.conflict(null, "rollcall.notYet", MarkWriter.dayOf(session).toString());
        }
        return session;
    }

    private TrainingSession find(long id) {
        return Persistence.findOrNotFound(em, TrainingSession.class, id, "session.notFound");
    }
}
