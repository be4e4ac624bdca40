package org.healthedu.reporting;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.healthedu.project.AchievedCounts;

/**
 * Achieved values for the project's targets tree, over the whole project period, from the rollups: one query for all
 * targets of a project, one for all allocations of a target (each allocation sums the measure's rows in its unit's
 * subtree or at its site).
 */
@Dependent
public class ReportingAchievedCounts implements AchievedCounts {

    private static final String BY_TARGET = """
            select t.id,
                   coalesce((select sum(f.value) from reporting_measure_facts(p.id, i.measure, p.start_date,
                                 p.end_date) f), 0)
                   + case when i.counts_peer_reach
                          then coalesce((select sum(f.value) from reporting_measure_facts(p.id, 'REACHED_BY_PEERS',
                                            p.start_date, p.end_date) f), 0)
                          else 0 end
              from target t join indicator i on i.id = t.indicator_id join project p on p.id = t.project_id
             where t.project_id = :project and i.measure is not null
            """;

    private static final String BY_ALLOCATION = """
            with t as (
                select p.id as project_id, i.measure, i.counts_peer_reach, p.start_date, p.end_date
                  from target t join indicator i on i.id = t.indicator_id join project p on p.id = t.project_id
                 where t.id = :target and i.measure is not null
            ),
            facts as (
                select f.* from t cross join lateral reporting_measure_facts(t.project_id, t.measure, t.start_date,
                                                                              t.end_date) f
                union all
                select f.* from t cross join lateral reporting_measure_facts(t.project_id, 'REACHED_BY_PEERS',
                                                                              t.start_date, t.end_date) f
                 where t.counts_peer_reach
            )
            select a.id, coalesce(sum(f.value), 0)
              from target_allocation a left join organisation_unit u on u.id = a.unit_id
                   join facts f on (a.site_id is not null and f.site_id = a.site_id)
                                or (u.path is not null and f.unit_path like u.path || '%')
             where a.target_id = :target
             group by a.id
            """;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Long> byTarget(long projectId) {
        return map(em.createNativeQuery(BY_TARGET).setParameter("project", projectId));
    }

    /** Counts only: rates, means and money are not broken down to allocations. */
    @Override
    public Set<String> countableMeasures() {
        return Stream.of(Measure.values()).filter(m -> m.kind() == Measure.Kind.COUNT).map(Measure::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<Long, Long> byAllocation(long targetId) {
        return map(em.createNativeQuery(BY_ALLOCATION).setParameter("target", targetId));
    }

    private static Map<Long, Long> map(jakarta.persistence.Query query) {
        Map<Long, Long> achieved = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            achieved.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return achieved;
    }
}
