package org.healthedu.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitPath;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Counting honestly: unique people trained, contacts and people reached for a unit's subtree and a period, in all and
 * per child unit, in four set-based queries whatever the size of the subtree (children, unique people, contacts from
 * {@code session_tally}, headcounts). Sessions count by their site's unit and their day in China; activities by their
 * unit and day. Reports (per unit and period) read these figures and roll them up.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class ReachFigures {

    /** The longest period asked for at once: figures are per year or project at most. */
    static final int MAX_DAYS = 3_700;

    /** Held sessions in the subtree and period (and project when one is given), with the child unit they fall under. */
    private static final String SESSIONS = """
              from training_session s
                   join project_site ps on ps.id = s.project_site_id
                   join site st on st.id = ps.site_id
                   join organisation_unit su on su.id = st.unit_id
                   left join organisation_unit c on c.parent_id = :unit and su.path like c.path || '%'
            """;
    private static final String SESSION_WHERE = """
             where s.status = 'HELD' and su.path like :subtree
               and s.starts_at >= (cast(:from as date) + time '00:00') at time zone 'Asia/Shanghai'
               and s.starts_at < (cast(:to as date) + 1 + time '00:00') at time zone 'Asia/Shanghai'
               and (:project < 0 or s.project_id = :project)
            """;

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    /**
     * The figures of {@code unitId}'s subtree from {@code from} to {@code to} (both days included), of one project
     * when {@code projectId} is given. The caller must cover the unit.
     */
    public Reach reach(long unitId, LocalDate from, LocalDate to, Long projectId) {
        Caller caller = currentCaller.get();
        OrganisationUnit unit = Persistence.findOrNotFound(em, OrganisationUnit.class, unitId, "unit.notFound");
        if (!caller.covers(unit.path())) {
            throw DomainException.forbidden();
        }
        if (from == null) {
            throw DomainException.invalid("from", "error.required");
        }
        if (to == null) {
            throw DomainException.invalid("to", "error.required");
        }
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw DomainException.invalid("to", "reach.period.invalid", MAX_DAYS);
        }
        long project = projectId == null ? -1 : projectId;
        String subtree = UnitPath.subtreePattern(unit.path());

        Map<Long, String> children = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                select id, name_zh from organisation_unit where parent_id = ?1 and active order by name_zh, id""")
                .setParameter(1, unitId).getResultList()) {
            Object[] r = (Object[]) row;
            children.put(((Number) r[0]).longValue(), (String) r[1]);
        }

        // grouping(c.id) = 1 marks the row of the whole subtree; other rows are per child (null: the unit itself).
        Map<Long, Long> unique = grouped(em.createNativeQuery("select grouping(c.id), c.id, "
                + "count(distinct a.participant_id)" + SESSIONS
                + " join attendance a on a.session_id = s.id and a.status in ('PRESENT', 'LATE')" + SESSION_WHERE
                + " group by grouping sets ((c.id), ())"), unitId, subtree, from, to, project);
        Map<Long, Long> contacts = grouped(em.createNativeQuery("select grouping(c.id), c.id, "
                + "coalesce(sum(t.present + t.late + t.walk_ins), 0)" + SESSIONS
                + " join session_tally t on t.session_id = s.id" + SESSION_WHERE
                + " group by grouping sets ((c.id), ())"), unitId, subtree, from, to, project);

        // Peer sessions held by certified hosts at sites in the subtree (of the host training's project, when one
        // is given): their headcounts, by their start in China time like the sessions above.
        Map<Long, Long> peers = grouped(em.createNativeQuery("""
                select grouping(c.id), c.id, coalesce(sum(p.headcount_total), 0)
                  from peer_session p join peer_host h on h.id = p.host_id
                       join site st on st.id = h.site_id join organisation_unit su on su.id = st.unit_id
                       left join organisation_unit c on c.parent_id = :unit and su.path like c.path || '%'
                 where p.status = 'HELD' and su.path like :subtree
                   and p.starts_at >= cast(:from as date) and p.starts_at < cast(:to as date) + 1
                   and (:project < 0 or h.project_id = :project)
                 group by grouping sets ((c.id), ())"""), unitId, subtree, from, to, project);

        Map<Long, Map<String, Long>> reached = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                select grouping(c.id), c.id, a.type, sum(a.headcount)
                  from activity a join organisation_unit au on au.id = a.unit_id
                       left join organisation_unit c on c.parent_id = :unit and au.path like c.path || '%'
                 where a.deleted_at is null and au.path like :subtree
                   and a.held_on between cast(:from as date) and cast(:to as date)
                   and (:project < 0 or a.project_id = :project)
                 group by grouping sets ((c.id, a.type), (a.type))""")
                .setParameter("unit", unitId).setParameter("subtree", subtree).setParameter("from", from)
                .setParameter("to", to).setParameter("project", project).getResultList()) {
            Object[] r = (Object[]) row;
            Long key = groupKey(r);
            reached.computeIfAbsent(key, k -> new HashMap<>()).put((String) r[2], ((Number) r[3]).longValue());
        }

        List<Reach.UnitReach> perChild = new ArrayList<>();
        children.forEach((id, name) -> perChild.add(new Reach.UnitReach(id, name,
                count(unique.get(id), contacts.get(id), reached.get(id), peers.get(id)))));
        return new Reach(unitId, unit.nameZh(), from, to, projectId,
                count(unique.get(TOTAL), contacts.get(TOTAL), reached.get(TOTAL), peers.get(TOTAL)), perChild);
    }

    /** The key of the whole subtree's row (unit ids are positive). */
    private static final long TOTAL = -1L;

    private static Long groupKey(Object[] row) {
        if (((Number) row[0]).intValue() == 1) {
            return TOTAL;
        }
        return row[1] == null ? null : ((Number) row[1]).longValue();
    }

    private static Map<Long, Long> grouped(jakarta.persistence.Query query, long unitId, String subtree,
            LocalDate from, LocalDate to, long project) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : query.setParameter("unit", unitId).setParameter("subtree", subtree)
                .setParameter("from", from).setParameter("to", to).setParameter("project", project).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(groupKey(r), ((Number) r[2]).longValue());
        }
        return counts;
    }

    private static ReachCount count(Long unique, Long contacts, Map<String, Long> reached, Long peers) {
        Map<String, Long> byType = reached == null ? Map.of() : reached;
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        // Reached through peer educators stays apart from the three figures: a host's peer session is neither a
        // trainer's roster nor a headcount activity of the unit.
        return new ReachCount(unique == null ? 0 : unique, contacts == null ? 0 : contacts, total, byType,
                peers == null ? 0 : peers);
    }
}
