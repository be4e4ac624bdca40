package org.healthedu.cascade;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.feedback.FeedbackSettings;
import org.healthedu.feedback.FeedbackWindow;
import org.healthedu.feedback.LinkStore;
import org.healthedu.session.SessionTime;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;

/**
 * Peer sessions, a table of their own rather than {@code TrainingSession}s: they have no batch, roster or lecturer
 * group, only a host, a site and a headcount. Who may do what:
 * <ul>
 * <li>plan, change a plan not yet approved (resubmitting a returned one), record the headcount: the host, on their own
 * sessions, while certified; no two of a host's sessions overlap, and each lies within the training project's
 * period;</li>
 * <li>approve or return a plan (when the host's training project requires approval), comment: the host's supervisor;
 * </li>
 * <li>cancel: the host or the supervisor; read (with the plan's history and the feedback link): the host, the
 * supervisor and coordinators covering the site.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.HOST_NAME})
public class PeerSessionService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String SELECT = """
            select ps.id, h.id, p.display_name, s.id, s.name_zh, ps.starts_at, ps.ends_at, ps.place, ps.topic,
                   ps.lesson_id, l.title_zh, ps.courseware_version_id, ps.expected_audience, ps.status,
                   pr.peer_approval_required, ps.supervisor_comment, ps.headcount_total, ps.headcount_female,
                   ps.headcount_male, ps.cancel_reason
              from peer_session ps join peer_host h on h.id = ps.host_id
                   join participant p on p.id = h.participant_id join project pr on pr.id = h.project_id
                   join site s on s.id = h.site_id join organisation_unit su on su.id = s.unit_id
                   left join curriculum_lesson l on l.id = ps.lesson_id
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private HostService hosts;

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed(Role.HOST_NAME)
    public PeerSessionView plan(PeerSessionDraft draft) {
        Caller caller = currentCaller.get();
        // Locked: two plans sent together by the same host are checked for overlap one after the other.
        Object[] host = Rows.single(em, """
                select h.id, h.site_id, h.project_id, pr.start_date, pr.end_date
                  from peer_host h join project pr on pr.id = h.project_id
                 where h.account_id = ?1 and h.revoked_at is null
                   for update of h""", caller.accountId());
        if (host == null) {
            throw DomainException.forbidden();
        }
        Plan plan = checked(draft, host, null);
        long id = Rows.lng(em.createNativeQuery("select nextval('peer_session_seq')").getSingleResult());
        em.createNativeQuery("""
                insert into peer_session (id, host_id, starts_at, ends_at, place, topic, lesson_id,
                                          courseware_version_id, expected_audience)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, id).setParameter(2, host[0])
                .setParameter(3, Timestamp.valueOf(draft.startsAt())).setParameter(4, Timestamp.valueOf(draft.endsAt()))
                .setParameter(5, plan.place()).setParameter(6, plan.topic())
                .setParameter(7, draft.lessonId()).setParameter(8, draft.coursewareVersionId())
                .setParameter(9, draft.expectedAudience())
                .executeUpdate();
        return read(id);
    }

    /**
     * The host changes a plan not yet approved (time, place, topic or lesson, courseware, audience): while it is
     * planned, or after the supervisor returned it, which resubmits it (planned again, noted in its history).
     */
    @RolesAllowed(Role.HOST_NAME)
    public PeerSessionView edit(long id, PeerSessionDraft draft) {
        PeerSessionView session = own(id);
        Object[] host = Rows.single(em, """
                select h.id, h.site_id, h.project_id, pr.start_date, pr.end_date
                  from peer_host h join project pr on pr.id = h.project_id
                 where h.id = ?1 for update of h""", session.hostId());
        session = read(id); // read again under the lock: the supervisor may just have approved it
        requireStatus(session, "peer.notEditable", PeerSessionStatus.PLANNED, PeerSessionStatus.RETURNED);
        Plan plan = checked(draft, host, id);
        em.createNativeQuery("""
                update peer_session set starts_at = ?2, ends_at = ?3, place = ?4, topic = ?5, lesson_id = ?6,
                       courseware_version_id = ?7, expected_audience = ?8, status = 'PLANNED',
                       version = version + 1, updated_at = now()
                 where id = ?1""")
                .setParameter(1, id)
                .setParameter(2, Timestamp.valueOf(draft.startsAt())).setParameter(3, Timestamp.valueOf(draft.endsAt()))
                .setParameter(4, plan.place()).setParameter(5, plan.topic())
                .setParameter(6, draft.lessonId()).setParameter(7, draft.coursewareVersionId())
                .setParameter(8, draft.expectedAudience())
                .executeUpdate();
        if (session.status() == PeerSessionStatus.RETURNED) {
            note(id, "RESUBMITTED", null);
        }
        return read(id);
    }

    /** What was said about the plan, oldest first: for whoever may read the session. */
    public List<PeerSessionNote> notes(long id) {
        get(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select n.id, n.kind, n.text, a.display_name, n.created_at
                  from peer_session_note n join account a on a.id = n.author_account_id
                 where n.peer_session_id = ?1 order by n.created_at, n.id""").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new PeerSessionNote(Rows.lng(r[0]), (String) r[1], (String) r[2],
                (String) r[3], Rows.instant(r[4]))).toList();
    }

    /**
     * The session's public feedback link (made the first time anyone asks), for whoever may read the session: the host
     * shows its QR code to the people who came. It takes answers from the start until some days after the end while
     * the session is planned, approved or held.
     */
    public PeerFeedbackLink feedbackLink(long id) {
        PeerSessionView session = get(id);
        String token = LinkStore.tokenForPeerSession(em, id);
        FeedbackSettings settings = FeedbackSettings.current();
        Instant start = SessionTime.instant(session.startsAt());
        Instant end = SessionTime.instant(session.endsAt());
        boolean on = session.status() == PeerSessionStatus.PLANNED || session.status() == PeerSessionStatus.APPROVED
                || session.status() == PeerSessionStatus.HELD;
        return new PeerFeedbackLink(id, token, SessionTime.local(settings.opensAt(start)),
                SessionTime.local(settings.closesAt(end)), session.status(),
                FeedbackWindow.of(on, start, end, settings, Instant.now()));
    }

    /** A draft's checked place and topic. */
    private record Plan(String place, String topic) {
    }

    /**
     * The rules of a plan, for a new one or a change ({@code editing}: its id, left out of the overlap check):
     * {@code host} is the locked row {id, site, project, project start, project end}.
     */
    private Plan checked(PeerSessionDraft draft, Object[] host, Long editing) {
        if (draft == null || draft.startsAt() == null || draft.endsAt() == null) {
            throw DomainException.invalid("startsAt", "peer.period");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw DomainException.invalid("endsAt", "peer.period");
        }
        LocalDate first = Rows.date(host[3]);
        LocalDate last = Rows.date(host[4]);
        if (draft.startsAt().toLocalDate().isBefore(first) || draft.endsAt().toLocalDate().isAfter(last)) {
            throw DomainException.invalid("startsAt", "peer.outsideProject", first.toString(), last.toString());
        }
        if (draft.place() == null || draft.place().isBlank() || draft.place().trim().length() > 200) {
            throw DomainException.invalid("place", "peer.place");
        }
        String topic = draft.topic() == null || draft.topic().isBlank() ? null : draft.topic().trim();
        if ((topic == null && draft.lessonId() == null) || (topic != null && topic.length() > 200)) {
            throw DomainException.invalid("topic", "peer.what");
        }
        if (draft.expectedAudience() == null || draft.expectedAudience() < 1 || draft.expectedAudience() > 10000) {
            throw DomainException.invalid("expectedAudience", "peer.expected");
        }
        // A lesson of a curriculum a project follows (one a batch uses is settled, not a draft).
        if (draft.lessonId() != null && Rows.count(em, """
                select count(*) from curriculum_lesson l join curriculum c on c.id = l.curriculum_id
                 where l.id = ?1 and c.project_id is not null and c.in_use""", draft.lessonId()) == 0) {
            throw DomainException.invalid("lessonId", "peer.lessonNotApproved");
        }
        // The courseware rule of sessions: only an approved version, of the courseware of the host's own site.
        if (draft.coursewareVersionId() != null && Rows.count(em, """
                select count(*) from courseware_version v join courseware c on c.id = v.courseware_id
                       join project_site ps on ps.id = c.project_site_id
                 where v.id = ?1 and v.status = 'APPROVED' and ps.site_id = ?2""",
                draft.coursewareVersionId(), host[1]) == 0) {
            throw DomainException.invalid("coursewareVersionId", "peer.coursewareNotApproved");
        }
        // One host, one place at a time: any session of theirs not cancelled that shares a moment with this one.
        Object[] clash = Rows.single(em, """
                select starts_at, ends_at from peer_session
                 where host_id = ?1 and status <> 'CANCELLED' and id <> ?2 and starts_at < ?4 and ends_at > ?3
                 order by starts_at limit 1""", host[0], editing == null ? -1L : editing,
                Timestamp.valueOf(draft.startsAt()), Timestamp.valueOf(draft.endsAt()));
        if (clash != null) {
            throw DomainException.conflict("startsAt", "peer.overlap", WHEN.format(Rows.local(clash[0])),
                    Rows.local(clash[1]).toLocalTime().toString());
        }
        return new Plan(draft.place().trim(), topic);
    }

    /**
     * {@code view}: {@code mine} (a host's own), {@code supervised} (the caller's hosts'), {@code scope} (the sites a
     * coordinator covers). A host always gets their own.
     */
    public Page<PeerSessionView> list(String view, int offset, int limit) {
        Caller caller = currentCaller.get();
        String where;
        Object param;
        if (caller.role() == Role.HOST || "mine".equals(view)) {
            where = " where h.account_id = ?1";
            param = caller.accountId();
        } else if ("scope".equals(view) && (caller.isAdmin() || caller.role() == Role.COORDINATOR)) {
            where = " where su.path like ?1";
            param = caller.scopePattern();
        } else if (view == null || "supervised".equals(view) || "scope".equals(view)) {
            where = " where h.supervisor_account_id = ?1";
            param = caller.accountId();
        } else {
            throw DomainException.invalid("view", "peer.view");
        }
        long total = Rows.count(em, """
                select count(*) from peer_session ps join peer_host h on h.id = ps.host_id
                       join site s on s.id = h.site_id join organisation_unit su on su.id = s.unit_id""" + where,
                param);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + where + " order by ps.starts_at desc, ps.id desc")
                .setParameter(1, param)
                .setFirstResult(Page.clampOffset(offset)).setMaxResults(Page.clampLimit(limit))
                .getResultList();
        List<PeerSessionView> items = new ArrayList<>();
        for (Object[] row : rows) {
            items.add(view(row));
        }
        return new Page<>(items, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    public PeerSessionView get(long id) {
        PeerSessionView session = read(id);
        hosts.readable(currentCaller.get(), session.hostId());
        return session;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public PeerSessionView approve(long id, String comment) {
        PeerSessionView session = supervised(id);
        requireStatus(session, "peer.notAwaitingApproval", PeerSessionStatus.PLANNED);
        note(id, "APPROVED", clean(comment));
        return change(id, "status = 'APPROVED', supervisor_comment = coalesce(?2, supervisor_comment)",
                clean(comment));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public PeerSessionView returnPlan(long id, String comment) {
        PeerSessionView session = supervised(id);
        requireStatus(session, "peer.notAwaitingApproval", PeerSessionStatus.PLANNED);
        String text = requireComment(comment);
        note(id, "RETURNED", text);
        return change(id, "status = 'RETURNED', supervisor_comment = ?2", text);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public PeerSessionView comment(long id, String comment) {
        supervised(id);
        String text = requireComment(comment);
        note(id, "COMMENT", text);
        return change(id, "supervisor_comment = ?2", text);
    }

    @RolesAllowed(Role.HOST_NAME)
    public PeerSessionView record(long id, Headcount headcount) {
        PeerSessionView session = own(id);
        if (session.status() == PeerSessionStatus.PLANNED && session.approvalRequired()) {
            throw DomainException.conflict(null, "peer.notApproved");
        }
        requireStatus(session, "peer.notRecordable", PeerSessionStatus.PLANNED, PeerSessionStatus.APPROVED,
                PeerSessionStatus.HELD);
        if (headcount == null || headcount.total() == null || headcount.total() < 0 || headcount.total() > 100000) {
            throw DomainException.invalid("total", "peer.headcount");
        }
        Integer female = headcount.female();
        Integer male = headcount.male();
        if ((female != null && female < 0) || (male != null && male < 0)) {
            throw DomainException.invalid("female", "peer.headcount");
        }
        boolean parts = female != null || male != null;
        if (parts && (female == null || male == null || female + male != headcount.total())) {
            throw DomainException.invalid("female", "peer.breakdown", headcount.total());
        }
        if (session.startsAt().isAfter(org.healthedu.enrolment.Age.today().atStartOfDay().plusDays(1))) {
            throw DomainException.conflict(null, "peer.notYetHeld");
        }
        em.createNativeQuery("""
                update peer_session set status = 'HELD', headcount_total = ?2, headcount_female = ?3,
                       headcount_male = ?4, version = version + 1, updated_at = now() where id = ?1""")
                .setParameter(1, id).setParameter(2, headcount.total()).setParameter(3, female)
                .setParameter(4, male).executeUpdate();
        return read(id);
    }

    public PeerSessionView cancel(long id, String reason) {
        Caller caller = currentCaller.get();
        PeerSessionView session = caller.role() == Role.HOST ? own(id) : supervised(id);
        requireStatus(session, "peer.notCancellable", PeerSessionStatus.PLANNED, PeerSessionStatus.APPROVED,
                PeerSessionStatus.RETURNED);
        String text = clean(reason);
        if (text == null || text.length() > 300) {
            throw DomainException.invalid("reason", "peer.reasonRequired");
        }
        return change(id, "status = 'CANCELLED', cancel_reason = ?2", text);
    }

    /** The caller's own session (a host while certified); anyone else's is forbidden. */
    private PeerSessionView own(long id) {
        PeerSessionView session = read(id);
        Caller caller = currentCaller.get();
        if (Rows.count(em, "select count(*) from peer_host where id = ?1 and account_id = ?2 and revoked_at is null",
                session.hostId(), caller.accountId()) == 0) {
            throw DomainException.forbidden();
        }
        return session;
    }

    /** A session of one of the caller's hosts (admins too). */
    private PeerSessionView supervised(long id) {
        PeerSessionView session = read(id);
        Caller caller = currentCaller.get();
        if (!caller.isAdmin() && Rows.count(em, "select count(*) from peer_host where id = ?1"
                + " and supervisor_account_id = ?2", session.hostId(), caller.accountId()) == 0) {
            throw DomainException.forbidden();
        }
        return session;
    }

    private void note(long id, String kind, String text) {
        em.createNativeQuery("""
                insert into peer_session_note (id, peer_session_id, kind, text, author_account_id)
                values (nextval('peer_session_note_seq'), ?1, ?2, ?3, ?4)""")
                .setParameter(1, id).setParameter(2, kind).setParameter(3, text)
                .setParameter(4, currentCaller.get().accountId()).executeUpdate();
    }

    private PeerSessionView change(long id, String set, String text) {
        em.createNativeQuery("update peer_session set " + set + ", version = version + 1, updated_at = now()"
                + " where id = ?1").setParameter(1, id).setParameter(2, text).executeUpdate();
        return read(id);
    }

    private static void requireStatus(PeerSessionView session, String key, PeerSessionStatus... allowed) {
        for (PeerSessionStatus status : allowed) {
            if (session.status() == status) {
                return;
            }
        }
        throw DomainException.conflict(null, key);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String requireComment(String comment) {
        String text = clean(comment);
        if (text == null || text.length() > 1000) {
            throw DomainException.invalid("comment", "peer.commentRequired");
        }
        return text;
    }

    private PeerSessionView read(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where ps.id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("peer.notFound");
        }
        return view(rows.get(0));
    }

    private static PeerSessionView view(Object[] r) {
        return new PeerSessionView(Rows.lng(r[0]), Rows.lng(r[1]), (String) r[2], Rows.lng(r[3]), (String) r[4],
                Rows.local(r[5]), Rows.local(r[6]), (String) r[7], (String) r[8], Rows.nullableLong(r[9]),
                (String) r[10], Rows.nullableLong(r[11]), ((Number) r[12]).intValue(),
                PeerSessionStatus.valueOf((String) r[13]), Boolean.TRUE.equals(r[14]), (String) r[15],
                Rows.nullableInt(r[16]), Rows.nullableInt(r[17]), Rows.nullableInt(r[18]), (String) r[19]);
    }

}
