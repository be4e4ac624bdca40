package org.healthedu.cascade;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.PasswordHashes;
import org.healthedu.account.Role;
import org.healthedu.completion.CompletionService;
import org.healthedu.enrolment.Age;
import org.healthedu.enrolment.GroupAccess;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.session.Choice;
import org.healthedu.shared.RateLimiter;

/**
 * Certification of peer-education hosts and their accounts. Who may do what:
 * <ul>
 * <li>certify, invite, revoke: an admin, a coordinator covering the site, or a member of the lecturer or management
 * group of the training project at the site ("the site's teacher");</li>
 * <li>read a host and their record: the host, their supervisor, the certifiers above;</li>
 * <li>accept an invitation: anyone holding its token (no account yet), rate-limited per address.</li>
 * </ul>
 * Nobody who could be under 18 (by birth year, read cautiously as {@link Age} does) is certified or gets an account.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.HOST_NAME})
public class HostService {

    static final Duration INVITATION_VALID = Duration.ofDays(7);
    static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    /** Per address: tokens cannot be guessed, so this only stops abuse; a class accepting behind one NAT passes. */
    private static final int ACCEPT_LIMIT = 30;
    private static final Duration ACCEPT_WINDOW = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One row per host with their record's figures (held sessions, people reached, feedback responses to their peer
     * sessions and the mean of the 0–10 satisfaction question), all in this one query; the caller's filter is appended.
     */
    private static final String LIST_SQL = """
            select h.id, h.participant_id, p.display_name, s.id, s.name_zh, s.name_en, pr.id, pr.code,
                   sup.id, sup.display_name, acc.username, h.certified_at, h.revoked_at,
                   coalesce(fig.held, 0), coalesce(fig.reached, 0), fb.responses, fb.satisfaction
              from peer_host h join participant p on p.id = h.participant_id
                   join site s on s.id = h.site_id join organisation_unit su on su.id = s.unit_id
                   join project pr on pr.id = h.project_id
                   join account sup on sup.id = h.supervisor_account_id
                   left join account acc on acc.id = h.account_id
                   left join (select ps.host_id, count(*) as held, sum(ps.headcount_total) as reached
                                from peer_session ps where ps.status = 'HELD' group by ps.host_id) fig
                          on fig.host_id = h.id
                   left join lateral (
                       select count(distinct r.id) as responses,
                              avg(a.number_value) filter (where q.measure = 'SATISFACTION'
                                                          and q.kind = 'RATING10') as satisfaction
                         from peer_session ps join feedback_response r on r.peer_session_id = ps.id
                              left join feedback_answer a on a.response_id = r.id
                              left join feedback_question q on q.id = a.question_id
                        where ps.host_id = h.id) fb on true
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private CompletionService completion;

    @Inject
    private GroupAccess groups;

    @Inject
    private RateLimiter limiter;

    @Inject
    private org.healthedu.project.ProjectAccess projects;

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public HostView certify(HostDraft draft) {
        Caller caller = currentCaller.get();
        if (draft == null || draft.participantId() == null || draft.projectId() == null || draft.siteId() == null) {
            throw DomainException.invalid(null, "host.required");
        }
        Object[] project = Rows.single(em, "select host_training, status from project where id = ?1",
                draft.projectId());
        if (project == null) {
            throw DomainException.notFound("project.notFound");
        }
        requireCertifier(caller, draft.siteId(), draft.projectId());
        if (!Boolean.TRUE.equals(project[0])) {
            throw DomainException.invalid("projectId", "host.notHostTraining");
        }
        Object[] person = Rows.single(em, "select birth_year, anonymised_at from participant where id = ?1",
                draft.participantId());
        if (person == null || person[1] != null) {
            throw DomainException.notFound("participant.notFound");
        }
        if (Age.possiblyMinor(Rows.nullableInt(person[0]), Age.today())) {
            throw DomainException.invalid("participantId", "host.underAge");
        }
        if (Rows.count(em, "select count(*) from enrolment where participant_id = ?1 and project_id = ?2",
                draft.participantId(), draft.projectId()) == 0
                || !completion.participant(draft.participantId(), draft.projectId()).completed()) {
            throw DomainException.conflict("participantId", "host.notCompleted");
        }
        long supervisor = requireSupervisor(caller, draft.supervisorAccountId(), draft.siteId());
        if (Rows.count(em, "select count(*) from peer_host where site_id = ?1 and participant_id = ?2"
                + " and revoked_at is null", draft.siteId(), draft.participantId()) > 0) {
            throw DomainException.conflict("participantId", "host.alreadyCertified");
        }
        long id = lng(em.createNativeQuery("select nextval('peer_host_seq')").getSingleResult());
        em.createNativeQuery("""
                insert into peer_host (id, participant_id, project_id, site_id, supervisor_account_id, certified_by)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, id).setParameter(2, draft.participantId()).setParameter(3, draft.projectId())
                .setParameter(4, draft.siteId()).setParameter(5, supervisor).setParameter(6, caller.accountId())
                .executeUpdate();
        return read(id);
    }

    /** The hosts the caller may see, certified first-newest; revoked ones too (history) unless {@code current}. */
    public Page<HostView> list(boolean current, int offset, int limit) {
        Caller caller = currentCaller.get();
        String where;
        Object param;
        if (caller.role() == Role.HOST) {
            where = " where h.account_id = ?1";
            param = caller.accountId();
        } else if (caller.role() == Role.TRAINER) {
            // The hosts they supervise, and every host of a site where they teach the host training (the site's
            // teachers, who certify there).
            where = " " + """
                     where (h.supervisor_account_id = ?1 or exists (
                           select 1 from trainer_group_member m join trainer_group g on g.id = m.group_id
                                  join project_site tps on tps.id = g.project_site_id
                            where m.account_id = ?1 and g.kind in ('LECTURER', 'MANAGEMENT')
                              and tps.project_id = h.project_id and tps.site_id = h.site_id))""";
            param = caller.accountId();
        } else {
            where = " where su.path like ?1";
            param = caller.scopePattern();
        }
        if (current) {
            where += " and h.revoked_at is null";
        }
        long total = Rows.count(em, "select count(*) from peer_host h join site s on s.id = h.site_id"
                + " join organisation_unit su on su.id = s.unit_id" + where, param);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LIST_SQL + where + " order by h.certified_at desc, h.id desc")
                .setParameter(1, param)
                .setFirstResult(Page.clampOffset(offset))
                .setMaxResults(Page.clampLimit(limit))
                .getResultList();
        List<HostView> items = new ArrayList<>();
        for (Object[] row : rows) {
            items.add(view(row, null));
        }
        return new Page<>(items, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    public HostView get(long id) {
        HostView host = read(id);
        requireReader(currentCaller.get(), host);
        return host;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public HostView revoke(long id) {
        Caller caller = currentCaller.get();
        HostView host = read(id);
        requireCertifier(caller, host.siteId(), host.projectId());
        if (host.revokedAt() != null) {
            throw DomainException.conflict(null, "host.revoked");
        }
        em.createNativeQuery("update peer_host set revoked_at = now(), revoked_by = ?1, version = version + 1"
                + " where id = ?2").setParameter(1, caller.accountId()).setParameter(2, id).executeUpdate();
        // The host account goes with the certification: it exists for nothing else.
        em.createNativeQuery("update account set active = false, version = version + 1"
                + " where id = (select account_id from peer_host where id = ?1)").setParameter(1, id).executeUpdate();
        return read(id);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public Invitation invite(long id) {
        Caller caller = currentCaller.get();
        HostView host = read(id);
        requireCertifier(caller, host.siteId(), host.projectId());
        if (host.revokedAt() != null) {
            throw DomainException.conflict(null, "host.revoked");
        }
        if (host.username() != null) {
            throw DomainException.conflict(null, "host.hasAccount");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(INVITATION_VALID);
        em.createNativeQuery("""
                insert into host_invitation (id, host_id, token_hash, expires_at, created_by)
                values (nextval('host_invitation_seq'), ?1, ?2, ?3, ?4)""")
                .setParameter(1, id).setParameter(2, hash(token))
                .setParameter(3, java.sql.Timestamp.from(expires)).setParameter(4, caller.accountId())
                .executeUpdate();
        return new Invitation(id, token, expires);
    }

    /**
     * Creates the host's account from a valid invitation: a fresh username, a password of at least
     * {@value #MIN_PASSWORD} characters. Unknown, used and expired tokens are refused alike.
     */
    @PermitAll
    public String accept(String token, String username, String password, String client) {
        limiter.attempt("host-invite:ip:" + client, ACCEPT_LIMIT, ACCEPT_WINDOW).orThrow("token", "host.tooMany");
        if (token == null || token.isBlank()) {
            throw DomainException.invalid("token", "host.invitationInvalid");
        }
        Object[] found = Rows.single(em, """
                select i.id, h.id, p.birth_year, p.display_name, s.unit_id
                  from host_invitation i join peer_host h on h.id = i.host_id
                       join participant p on p.id = h.participant_id join site s on s.id = h.site_id
                 where i.token_hash = ?1 and i.used_at is null and i.expires_at > now()
                   and h.revoked_at is null and h.account_id is null and p.anonymised_at is null
                 for update of i, h""", hash(token));
        if (found == null) {
            throw DomainException.invalid("token", "host.invitationInvalid");
        }
        if (Age.possiblyMinor(Rows.nullableInt(found[2]), Age.today())) {
            throw DomainException.invalid("token", "host.underAge");
        }
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw DomainException.invalid("username", "host.username");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw DomainException.invalid("password", "host.password", MIN_PASSWORD);
        }
        if (Rows.count(em, "select count(*) from account where lower(username) = ?1", name) > 0) {
            throw DomainException.conflict("username", "host.usernameTaken");
        }
        long accountId = lng(em.createNativeQuery("select nextval('account_seq')").getSingleResult());
        em.createNativeQuery("""
                insert into account (id, username, password_hash, display_name, role, unit_id)
                values (?1, ?2, ?3, ?4, 'HOST', ?5)""")
                .setParameter(1, accountId).setParameter(2, name)
                .setParameter(3, PasswordHashes.hash(password.toCharArray()))
                .setParameter(4, found[3]).setParameter(5, found[4])
                .executeUpdate();
        em.createNativeQuery("update peer_host set account_id = ?1, version = version + 1 where id = ?2")
                .setParameter(1, accountId).setParameter(2, found[1]).executeUpdate();
        em.createNativeQuery("update host_invitation set used_at = now() where id = ?1")
                .setParameter(1, found[0]).executeUpdate();
        return name;
    }

    /** What the caller does in the cascade (for the menu), in one query. */
    @PermitAll
    public CascadeRoles roles() {
        Caller caller = currentCaller.get();
        if (caller == null) {
            return new CascadeRoles(false, false, false);
        }
        if (caller.role() == Role.HOST) {
            return new CascadeRoles(true, false, false);
        }
        Object[] row = Rows.single(em, """
                select exists (select 1 from peer_host where supervisor_account_id = ?1 and revoked_at is null),
                       exists (select 1 from trainer_group_member m join trainer_group g on g.id = m.group_id
                                      join project_site ps on ps.id = g.project_site_id
                                      join project p on p.id = ps.project_id
                                where m.account_id = ?1 and g.kind in ('LECTURER', 'MANAGEMENT') and p.host_training)
                """, caller.accountId());
        boolean manager = caller.isAdmin() || caller.role() == Role.COORDINATOR;
        return new CascadeRoles(false, Boolean.TRUE.equals(row[0]), manager || Boolean.TRUE.equals(row[1]));
    }

    /** A project's cascade settings (whoever sees the project). */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public CascadeSettings settings(long projectId) {
        projects.visible(currentCaller.get(), projectId);
        Object[] row = Rows.single(em, "select host_training, peer_approval_required from project where id = ?1",
                projectId);
        return new CascadeSettings(Boolean.TRUE.equals(row[0]), Boolean.TRUE.equals(row[1]));
    }

    /** Changes them: the project's managers, while it is open. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public CascadeSettings changeSettings(long projectId, CascadeSettings changes) {
        projects.manageableOpen(currentCaller.get(), projectId);
        if (changes == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        em.flush();
        em.createNativeQuery("""
                update project set host_training = coalesce(?2, host_training),
                       peer_approval_required = coalesce(?3, peer_approval_required), updated_at = now()
                 where id = ?1""")
                .setParameter(1, projectId).setParameter(2, changes.hostTraining())
                .setParameter(3, changes.peerApprovalRequired()).executeUpdate();
        return settings(projectId);
    }

    /** The host-training projects the caller may certify from (those they manage, or where they teach at a site). */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public List<Choice> hostTrainings() {
        Caller caller = currentCaller.get();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct p.id, p.code || ' ' || p.name_zh, p.start_date from project p
                  join organisation_unit o on o.id = p.owner_unit_id
                 where p.host_training and (o.path like ?1 or exists (
                       select 1 from trainer_group_member m join trainer_group g on g.id = m.group_id
                              join project_site ps on ps.id = g.project_site_id
                        where ps.project_id = p.id and m.account_id = ?2 and g.kind in ('LECTURER', 'MANAGEMENT')))
                 order by p.start_date desc, 2""")
                .setParameter(1, caller.role() == Role.TRAINER ? "-" : caller.scopePattern())
                .setParameter(2, caller.accountId())
                .getResultList();
        return rows.stream().map(r -> new Choice(lng(r[0]), (String) r[1])).toList();
    }

    /** The project's sites the caller may certify hosts for. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public List<Choice> sites(long projectId) {
        Caller caller = currentCaller.get();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, s.name_zh from project_site ps join site s on s.id = ps.site_id
                 where ps.project_id = ?1 order by s.name_zh""").setParameter(1, projectId).getResultList();
        return rows.stream().filter(r -> isCertifier(caller, lng(r[0]), projectId))
                .map(r -> new Choice(lng(r[0]), (String) r[1])).toList();
    }

    /** Trainers and coordinators in the caller's scope, who may supervise hosts. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public List<Choice> supervisors() {
        Caller caller = currentCaller.get();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.display_name || ' (' || a.username || ')' from account a
                  join organisation_unit u on u.id = a.unit_id
                 where a.active and a.role in ('TRAINER', 'COORDINATOR') and (u.path like ?1 or a.id = ?2)
                 order by a.display_name limit 500""")
                .setParameter(1, caller.scopePattern()).setParameter(2, caller.accountId()).getResultList();
        return rows.stream().map(r -> new Choice(lng(r[0]), (String) r[1])).toList();
    }

    /**
     * Who completed the host training (by its rule, batch by batch: a fixed number of queries per batch), could not be
     * under 18 and is not yet a host at the site: the people a certifier picks from.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME})
    public List<Eligible> eligible(long projectId, long siteId) {
        Caller caller = currentCaller.get();
        requireCertifier(caller, siteId, projectId);
        // A site's teacher sees the completers of their site's batches; managers those of every batch.
        boolean manager = caller.canManage((String) em.createNativeQuery(
                "select o.path from project p join organisation_unit o on o.id = p.owner_unit_id where p.id = ?1")
                .setParameter(1, projectId).getSingleResult());
        List<org.healthedu.enrolment.Batch> batches = em.createQuery("""
                select b from Batch b where b.project.id = :p and (:all = true or b.projectSite.site.id = :site)
                order by b.number""", org.healthedu.enrolment.Batch.class)
                .setParameter("p", projectId).setParameter("all", manager).setParameter("site", siteId)
                .getResultList();
        java.util.Set<Long> completed = new java.util.LinkedHashSet<>();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (org.healthedu.enrolment.Batch batch : batches) {
            for (var person : completion.compute(batch, 0).participants()) {
                if (person.completed()) {
                    completed.add(person.participantId());
                    names.put(person.participantId(), person.displayName());
                }
            }
        }
        if (completed.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.birth_year, p.site_id from participant p
                 where p.id in (?1) and p.anonymised_at is null
                   and not exists (select 1 from peer_host h where h.participant_id = p.id and h.site_id = ?2
                                      and h.revoked_at is null)""")
                .setParameter(1, completed).setParameter(2, siteId).getResultList();
        java.time.LocalDate today = Age.today();
        return rows.stream().filter(r -> !Age.possiblyMinor(Rows.nullableInt(r[1]), today))
                .map(r -> new Eligible(lng(r[0]), names.get(lng(r[0])), Rows.nullableLong(r[2])))
                .sorted(java.util.Comparator.comparing(Eligible::name, java.util.Comparator.nullsLast(
                        java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** The host, when {@code caller} may read it (as {@link #get}): the peer-session service checks with it. */
    public HostView readable(Caller caller, long id) {
        HostView host = read(id);
        requireReader(caller, host);
        return host;
    }

    /** Whether the caller manages the host's site (certifier rights), without throwing. */
    boolean isCertifier(Caller caller, long siteId, long projectId) {
        String path = (String) em.createNativeQuery(
                "select u.path from site s join organisation_unit u on u.id = s.unit_id where s.id = ?1")
                .setParameter(1, siteId).getResultStream().findFirst().orElse(null);
        if (path == null) {
            return false;
        }
        if (caller.canManage(path)) {
            return true;
        }
        if (caller.role() != Role.TRAINER) {
            return false;
        }
        Object projectSite = em.createNativeQuery("select id from project_site where project_id = ?1 and site_id = ?2")
                .setParameter(1, projectId).setParameter(2, siteId).getResultStream().findFirst().orElse(null);
        return projectSite != null && groups.isRosterReader(caller.accountId(), lng(projectSite));
    }

    private void requireCertifier(Caller caller, long siteId, long projectId) {
        if (Rows.single(em, "select id, unit_id from site where id = ?1", siteId) == null) {
            throw DomainException.notFound("site.notFound");
        }
        if (!isCertifier(caller, siteId, projectId)) {
            throw DomainException.forbidden();
        }
    }

    private void requireReader(Caller caller, HostView host) {
        boolean self = caller.role() == Role.HOST && caller.username().equals(host.username());
        if (!self && caller.accountId() != host.supervisorAccountId()
                && !isCertifier(caller, host.siteId(), host.projectId())) {
            throw DomainException.forbidden();
        }
    }

    /** A trainer or coordinator, active, whose unit the caller covers or whose scope covers the site. */
    private long requireSupervisor(Caller caller, Long accountId, long siteId) {
        if (accountId == null) {
            throw DomainException.invalid("supervisorAccountId", "host.supervisorRequired");
        }
        Object[] row = Rows.single(em, """
                select a.role, u.path, (select su.path from site s join organisation_unit su on su.id = s.unit_id
                                         where s.id = ?2)
                  from account a join organisation_unit u on u.id = a.unit_id where a.id = ?1 and a.active""",
                accountId, siteId);
        if (row == null || !(Role.TRAINER.name().equals(row[0]) || Role.COORDINATOR.name().equals(row[0]))) {
            throw DomainException.invalid("supervisorAccountId", "host.supervisorInvalid");
        }
        String sitePath = (String) row[2];
        if (!caller.covers((String) row[1]) && !sitePath.startsWith((String) row[1])) {
            throw DomainException.invalid("supervisorAccountId", "host.supervisorInvalid");
        }
        return accountId;
    }

    private HostView read(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LIST_SQL + " where h.id = ?1").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("host.notFound");
        }
        // The lead trainer of most of the held sessions of the batch the host was trained in.
        String trainer = (String) em.createNativeQuery("""
                select a.display_name from peer_host h
                       join enrolment e on e.participant_id = h.participant_id and e.project_id = h.project_id
                       join training_session t on t.batch_id = e.batch_id and t.status = 'HELD'
                       join account a on a.id = t.lead_trainer_id
                 where h.id = ?1
                 group by a.id, a.display_name order by count(*) desc, a.id limit 1""")
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
        return view(rows.get(0), trainer);
    }

    private static HostView view(Object[] r, String trainer) {
        return new HostView(lng(r[0]), lng(r[1]), (String) r[2], lng(r[3]), (String) r[4], (String) r[5], lng(r[6]),
                (String) r[7], lng(r[8]), (String) r[9], (String) r[10], Rows.instant(r[11]), Rows.instant(r[12]),
                lng(r[13]), lng(r[14]), trainer, lng(r[15]),
                r[16] == null ? null : Math.round(((Number) r[16]).doubleValue() * 10) / 10.0);
    }

    private static long lng(Object value) {
        return Rows.lng(value);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
