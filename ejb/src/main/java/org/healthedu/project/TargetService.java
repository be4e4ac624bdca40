package org.healthedu.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Indicators, a project's targets and their breakdown to lower units and sites. Read by whoever sees the project
 * (covering its owning or funding unit); changed by an admin or a coordinator covering the owning unit (the owning
 * unit's managers break the whole tree down). Writes on one target's breakdown take a lock on the target, so two
 * coordinators cannot together push children over their parent.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class TargetService {

    static final String INDICATOR_VIEW = """
            select new org.healthedu.project.IndicatorView(i.id, i.code, i.nameZh, i.nameEn, i.unitZh, i.unitEn,
                   i.descriptionZh, i.descriptionEn, p.id, i.measure, i.countsPeerReach)
            from Indicator i left join i.project p
            """;

    /** Target rows with their top-level allocated sum as a correlated subquery, not a query per row. */
    private static final String TARGET_ROWS = """
            select t.id, p.id, i.id, i.code, i.nameZh, i.nameEn, i.unitZh, i.unitEn, t.plannedValue,
                   coalesce((select sum(a.value) from TargetAllocation a where a.target = t and a.parent is null), 0),
                   t.version
            from Target t join t.project p join t.indicator i
            """;

    /**
     * The allocation tree of one target, depth-first in one query: a recursive walk from the top-level allocations
     * builds each node's sort path (units before sites, then by code or name, then id), and each node's children sum
     * comes from the parent index.
     */
    private static final String ALLOCATION_TREE = """
            with recursive tree (id, depth, sort_path) as (
                select a.id, 0, array[a.sort_key]
                  from (select ta.*, case when ta.unit_id is not null
                                          then '0' || u.code || '#' || lpad(ta.id::text, 19, '0')
                                          else '1' || s.name_zh || '#' || lpad(ta.id::text, 19, '0') end as sort_key
                          from target_allocation ta
                          left join organisation_unit u on u.id = ta.unit_id
                          left join site s on s.id = ta.site_id
                         where ta.target_id = :targetId and ta.parent_allocation_id is null) a
                union all
                select c.id, tree.depth + 1, tree.sort_path || (case when c.unit_id is not null
                                          then '0' || u.code || '#' || lpad(c.id::text, 19, '0')
                                          else '1' || s.name_zh || '#' || lpad(c.id::text, 19, '0') end)
                  from target_allocation c
                  join tree on c.parent_allocation_id = tree.id
                  left join organisation_unit u on u.id = c.unit_id
                  left join site s on s.id = c.site_id
            )
            select a.id, a.parent_allocation_id, a.target_id, a.unit_id, a.site_id, u.code,
                   coalesce(u.name_zh, s.name_zh), coalesce(u.name_en, s.name_en), a.value,
                   (select coalesce(sum(c.value), 0) from target_allocation c where c.parent_allocation_id = a.id)::bigint,
                   (select count(*) from target_allocation c where c.parent_allocation_id = a.id)::bigint,
                   tree.depth, a.version
              from tree
              join target_allocation a on a.id = tree.id
              left join organisation_unit u on u.id = a.unit_id
              left join site s on s.id = a.site_id
             order by tree.sort_path
            """;

    @Inject
    private CurrentCaller currentCaller;

    /** Counted by the reporting feature; absent (as in unit tests) nothing is achieved. */
    @Inject
    private Instance<AchievedCounts> achievedCounts;

    @PersistenceContext
    private EntityManager em;

    /** The standard indicators, and with {@code projectId} also that project's own; standard ones first. */
    public List<IndicatorView> indicators(Long projectId) {
        Caller caller = currentCaller.get();
        if (projectId == null) {
            return em.createQuery(INDICATOR_VIEW + "where p is null order by i.id", IndicatorView.class)
                    .getResultList();
        }
        requireCanSee(caller, findProject(projectId));
        return em.createQuery(INDICATOR_VIEW + """
                where p is null or p.id = :projectId
                order by case when p is null then 0 else 1 end, i.id""", IndicatorView.class)
                .setParameter("projectId", projectId)
                .getResultList();
    }

    public IndicatorView indicator(long id) {
        Caller caller = currentCaller.get();
        Indicator indicator = findIndicator(id);
        if (!indicator.isStandard()) {
            requireCanSee(caller, indicator.project());
        }
        return indicatorView(id);
    }

    /** A project's own indicator, defined by its owning unit's managers; its code is unique across all. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public IndicatorView defineIndicator(long projectId, IndicatorDraft draft) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        caller.requireCanManage(project.owner());
        Indicator indicator = new Indicator(project, draft);
        if (indicator.measure() != null && (achievedCounts.isUnsatisfied()
                || !achievedCounts.get().countableMeasures().contains(indicator.measure()))) {
            throw DomainException.invalid("measure", "indicator.measure.unknown", indicator.measure());
        }
        long taken = em.createQuery("select count(i) from Indicator i where i.code = :code", Long.class)
                .setParameter("code", indicator.code())
                .getSingleResult();
        if (taken > 0) {
            throw DomainException.conflict("code", "indicator.code.taken", indicator.code());
        }
        em.persist(indicator);
        Persistence.flushOrConflict(em, "code", "indicator.code.taken");
        return indicatorView(indicator.id());
    }

    /** A project's targets, one query; standard indicators first. */
    public List<TargetView> targetsOf(long projectId) {
        Caller caller = currentCaller.get();
        requireCanSee(caller, findProject(projectId));
        List<Object[]> rows = em.createQuery(TARGET_ROWS + """
                where p.id = :projectId
                order by case when i.project is null then 0 else 1 end, i.id""", Object[].class)
                .setParameter("projectId", projectId)
                .getResultList();
        Map<Long, Long> achieved = achievedByTarget(projectId);
        return rows.stream().map(row -> targetView(row, achieved)).toList();
    }

    public TargetView target(long targetId) {
        Caller caller = currentCaller.get();
        Target target = findTarget(targetId);
        requireCanSee(caller, target.project());
        return targetView(targetId);
    }

    /**
     * Sets the project's planned value for an indicator, creating the target the first time. Allocations made before
     * are kept whatever the new value; the view then shows the shortfall or the excess.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public TargetView setTarget(long projectId, long indicatorId, Long plannedValue, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Project project = findProject(projectId);
        caller.requireCanManage(project.owner());
        project.requireOpen();
        Indicator indicator = findIndicator(indicatorId);
        List<Target> existing = em.createQuery(
                "select t from Target t where t.project.id = :projectId and t.indicator.id = :indicatorId",
                Target.class)
                .setParameter("projectId", projectId)
                .setParameter("indicatorId", indicatorId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Target target;
        if (existing.isEmpty()) {
            target = new Target(project, indicator, plannedValue);
            em.persist(target);
        } else {
            target = existing.get(0);
            Persistence.requireVersion(target.version(), expectedVersion);
            target.plan(plannedValue);
        }
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return targetView(target.id());
    }

    /** The allocation tree of a target, parents before their children, from one query. */
    public List<AllocationNode> allocations(long targetId) {
        Caller caller = currentCaller.get();
        Target target = findTarget(targetId);
        requireCanSee(caller, target.project());
        return tree(targetId);
    }

    public AllocationNode allocation(long allocationId) {
        Caller caller = currentCaller.get();
        TargetAllocation allocation = findAllocation(allocationId);
        requireCanSee(caller, allocation.target().project());
        return node(allocation.target().id(), allocationId);
    }

    /**
     * Gives a share of a target to a unit or a site, directly under the owning unit ({@code parentAllocationId} null)
     * or under a unit's allocation. The shares of one parent's children may not add up to more than the parent's.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public AllocationNode allocate(long targetId, Long parentAllocationId, Long unitId, Long siteId, Long value) {
        Caller caller = currentCaller.get();
        Target target = findTarget(targetId);
        Project project = target.project();
        caller.requireCanManage(project.owner());
        project.requireOpen();
        em.refresh(target, LockModeType.PESSIMISTIC_WRITE);
        TargetAllocation parent = parentAllocationId == null ? null : findAllocation(parentAllocationId);
        if (parent != null && !parent.target().id().equals(targetId)) {
            throw DomainException.notFound("allocation.notFound", parentAllocationId);
        }
        OrganisationUnit unit = unitId == null ? null : findUnit(unitId);
        Site site = siteId == null ? null : findSite(siteId);
        TargetAllocation allocation = new TargetAllocation(target, parent, unit, site, value);
        if (alreadyAllocated(targetId, unitId, siteId)) {
            throw DomainException.conflict(unit != null ? "unitId" : "siteId", "allocation.duplicate");
        }
        Breakdown.requireWithinParent(parentValue(target, parent), childrenSum(targetId, parentAllocationId, null),
                allocation.value());
        em.persist(allocation);
        Persistence.flushOrConflict(em, unit != null ? "unitId" : "siteId", "allocation.duplicate");
        return node(targetId, allocation.id());
    }

    /** A new value for an allocation: still within its parent's, and not below what its own children hold. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public AllocationNode changeAllocation(long allocationId, Long value, Long expectedVersion) {
        Caller caller = currentCaller.get();
        TargetAllocation allocation = findAllocation(allocationId);
        Target target = allocation.target();
        caller.requireCanManage(target.project().owner());
        target.project().requireOpen();
        em.refresh(target, LockModeType.PESSIMISTIC_WRITE);
        Persistence.requireVersion(allocation.version(), expectedVersion);
        long newValue = Breakdown.checkedValue("value", value);
        TargetAllocation parent = allocation.parent();
        Breakdown.requireWithinParent(parentValue(target, parent),
                childrenSum(target.id(), parent == null ? null : parent.id(), allocationId), newValue);
        Breakdown.requireNotBelowChildren(newValue, childrenSum(target.id(), allocationId, null));
        allocation.revalue(newValue);
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return node(target.id(), allocationId);
    }

    /** Takes an allocation back; one that has been broken down further must be emptied first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public void removeAllocation(long allocationId) {
        Caller caller = currentCaller.get();
        TargetAllocation allocation = findAllocation(allocationId);
        Target target = allocation.target();
        caller.requireCanManage(target.project().owner());
        target.project().requireOpen();
        em.refresh(target, LockModeType.PESSIMISTIC_WRITE);
        long children = em.createQuery(
                "select count(a) from TargetAllocation a where a.parent.id = :id", Long.class)
                .setParameter("id", allocationId)
                .getSingleResult();
        if (children > 0) {
            throw DomainException.conflict(null, "allocation.hasChildren");
        }
        em.remove(allocation);
        em.flush();
    }

    /**
     * What each target of the project has achieved over the project period, by target id: counted from the data by
     * the indicator's measure (never a stored number). Absent means 0.
     */
    Map<Long, Long> achievedByTarget(long projectId) {
        return achievedCounts.isResolvable() ? achievedCounts.get().byTarget(projectId) : Map.of();
    }

    /**
     * What each allocation of the target has achieved (its unit's subtree or its site) over the project period, by
     * allocation id, in one query over the tree (never a stored number). Absent means 0.
     */
    Map<Long, Long> achievedByAllocation(long targetId) {
        return achievedCounts.isResolvable() ? achievedCounts.get().byAllocation(targetId) : Map.of();
    }

    private List<AllocationNode> tree(long targetId) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ALLOCATION_TREE)
                .setParameter("targetId", targetId)
                .getResultList();
        Map<Long, Long> achieved = achievedByAllocation(targetId);
        List<AllocationNode> nodes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = number(row[0]);
            nodes.add(AllocationNode.of(id, nullableNumber(row[1]), number(row[2]), nullableNumber(row[3]),
                    nullableNumber(row[4]), (String) row[5], (String) row[6], (String) row[7], number(row[8]),
                    number(row[9]), number(row[10]), achieved.getOrDefault(id, 0L), (int) number(row[11]),
                    number(row[12])));
        }
        return nodes;
    }

    private AllocationNode node(long targetId, long allocationId) {
        return tree(targetId).stream().filter(n -> n.id() == allocationId).findFirst()
                .orElseThrow(() -> DomainException.notFound("allocation.notFound", allocationId));
    }

    private TargetView targetView(long targetId) {
        em.flush();
        Object[] row = em.createQuery(TARGET_ROWS + "where t.id = :id", Object[].class)
                .setParameter("id", targetId)
                .getSingleResult();
        return targetView(row, achievedByTarget(number(row[1])));
    }

    private static TargetView targetView(Object[] row, Map<Long, Long> achieved) {
        long id = number(row[0]);
        return TargetView.of(id, number(row[1]), number(row[2]), (String) row[3], (String) row[4], (String) row[5],
                (String) row[6], (String) row[7], number(row[8]), number(row[9]), achieved.getOrDefault(id, 0L),
                number(row[10]));
    }

    private IndicatorView indicatorView(long id) {
        return em.createQuery(INDICATOR_VIEW + "where i.id = :id", IndicatorView.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    /** The value the children of {@code parent} share: the parent allocation's, or the target's planned value. */
    private static long parentValue(Target target, TargetAllocation parent) {
        return parent == null ? target.plannedValue() : parent.value();
    }

    /** The sum of the values directly under a parent ({@code parentId} null: the top level), one left out. */
    private long childrenSum(long targetId, Long parentId, Long exceptId) {
        String parentCondition = parentId == null ? "a.parent is null" : "a.parent.id = :parentId";
        var query = em.createQuery("select coalesce(sum(a.value), 0) from TargetAllocation a"
                + " where a.target.id = :targetId and " + parentCondition + " and a.id <> :exceptId", Long.class)
                .setParameter("targetId", targetId)
                .setParameter("exceptId", exceptId == null ? -1L : exceptId);
        if (parentId != null) {
            query.setParameter("parentId", parentId);
        }
        return query.getSingleResult();
    }

    private boolean alreadyAllocated(long targetId, Long unitId, Long siteId) {
        String condition = unitId != null ? "a.unit.id = :placeId" : "a.site.id = :placeId";
        return em.createQuery("select count(a) from TargetAllocation a where a.target.id = :targetId and "
                + condition, Long.class)
                .setParameter("targetId", targetId)
                .setParameter("placeId", unitId != null ? unitId : siteId)
                .getSingleResult() > 0;
    }

    /** Who sees a project's targets: whoever sees the project ({@link ProjectAccess}). */
    private void requireCanSee(Caller caller, Project project) {
        ProjectAccess.requireCanSee(em, caller, project);
    }

    private Project findProject(long id) {
        return Persistence.findOrNotFound(em, Project.class, id, "project.notFound");
    }

    private Indicator findIndicator(long id) {
        return Persistence.findOrNotFound(em, Indicator.class, id, "indicator.notFound");
    }

    private Target findTarget(long id) {
        return Persistence.findOrNotFound(em, Target.class, id, "target.notFound");
    }

    private TargetAllocation findAllocation(long id) {
        return Persistence.findOrNotFound(em, TargetAllocation.class, id, "allocation.notFound");
    }

    private OrganisationUnit findUnit(long id) {
        return Persistence.findOrNotFound(em, OrganisationUnit.class, id, "unit.notFound");
    }

    private Site findSite(long id) {
        return Persistence.findOrNotFound(em, Site.class, id, "site.notFound");
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Long nullableNumber(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
