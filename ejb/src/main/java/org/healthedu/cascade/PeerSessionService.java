package org.healthedu.cascade;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;

/**
 * Peer sessions, a table of their own rather than {@code TrainingSession}s: they have no batch, roster or lecturer
 * group, only a host, a site and a headcount. Who may do what:
 * <ul>
 * <li>plan, record the headcount: the host, on their own sessions, while certified;</li>
 * <li>approve or return a plan (when the host's training project requires approval), comment: the host's supervisor;
 * </li>
 * <li>cancel: the host or the supervisor; read: the host, the supervisor and coordinators covering the site.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.HOST_NAME})
public class PeerSessionService {

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
        Object[] host = Rows.single(em, "select id, site_id, project_id from peer_host where account_id = ?1"
                + " and revoked_at is null", caller.accountId());
        if (host == null) {
            throw DomainException.forbidden();
        }
        if (draft == null || draft.startsAt() == null || draft.endsAt() == null) {
            throw DomainException.invalid("startsAt", "peer.period");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw DomainException.invalid("endsAt", "peer.period");
        }
        if (draft.place() == null || draft.place().isBlank() || draft.place().length() > 200) {
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
        long id = Rows.lng(em.createNativeQuery("select nextval('peer_session_seq')").getSingleResult());
        em.createNativeQuery("""
                insert into peer_session (id, host_id, starts_at, ends_at, place, topic, lesson_id,
                                          courseware_version_id, expected_audience)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, id).setParameter(2, host[0])
                .setParameter(3, Timestamp.valueOf(draft.startsAt())).setParameter(4, Timestamp.valueOf(draft.endsAt()))
                .setParameter(5, draft.place().trim()).setParameter(6, topic)
                .setParameter(7, draft.lessonId()).setParameter(8, draft.coursewareVersionId())
                .setParameter(9, draft.expectedAudience())
                .executeUpdate();
        return read(id);
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
        return change(id, "status = 'APPROVED', supervisor_comment = coalesce(?2, supervisor_comment)",
                clean(comment));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public PeerSessionView returnPlan(long id, String comment) {
        PeerSessionView session = supervised(id);
        requireStatus(session, "peer.notAwaitingApproval", PeerSessionStatus.PLANNED);
        String text = requireComment(comment);
        return change(id, "status = 'RETURNED', supervisor_comment = ?2", text);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public PeerSessionView comment(long id, String comment) {
        supervised(id);
        return change(id, "supervisor_comment = ?2", requireComment(comment));
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
