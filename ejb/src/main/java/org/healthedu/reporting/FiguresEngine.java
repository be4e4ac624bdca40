package org.healthedu.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.dashboard.ProjectScope;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitPath;
import org.healthedu.project.Breakdown;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectAccess;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Puts a unit's figures together in a constant number of statements whatever the size of its subtree: the children,
 * the grouped figures (one call of a SQL figures function: the rollups' {@code reporting_figures} or the base tables'
 * {@code reporting_base_figures}) and the targets. Scope: the caller covers the unit and sees the project; the figures
 * count the project sites the caller may see ({@link ProjectScope}).
 *
 * <p>Where the figures are read: the rollups' figures, children and targets go through the reports datasource
 * ({@code HealthEduReportsDS}: read-only connections outside the transaction, by default the same database, at
 * national scale a streaming replica), so the heavy reads leave the primary alone. Access checks (the project, the
 * unit, the caller's sites, {@link #exactFor}) read the primary, as do the figures a submission freezes
 * ({@link #figuresOnPrimary}: a replica may lag) and the base tables' figures ({@code reporting_base_figures} fills a
 * temporary table, which a read-only connection and a hot standby refuse).
 */
@Dependent
public class FiguresEngine {

    /** The figures functions (V23); the name is never taken from a caller. */
    enum Source {
        ROLLUPS("reporting_figures", true), BASE_TABLES("reporting_base_figures", false);

        final String function;

        /** Whether the function only reads (a read-only connection, a replica may run it). */
        final boolean readOnly;

        Source(String function, boolean readOnly) {
            this.function = function;
            this.readOnly = readOnly;
        }
    }

    static final String REPORTS_DATASOURCE = "java:jboss/datasources/HealthEduReportsDS";

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String CHILDREN = """
            select 'UNIT', c.id, c.code, c.name_zh, c.name_en, c.kind, 0 as ord
              from organisation_unit c where c.parent_id = :unit and c.active
            union all
            select 'SITE', st.id, null, st.name_zh, st.name_en, 'SITE', 1
              from site st join project_site ps on ps.site_id = st.id and ps.project_id = :project
             where st.unit_id = :unit and (:sites = '' or ps.id = any(cast(nullif(:sites, '') as bigint[])))
             order by 7, 4, 2
            """;

    /**
     * The project's targets as they fall to the unit: planned (the whole target for the owner unit, else the unit's
     * allocation) and achieved over the project period up to the report's end in the unit's subtree.
     */
    private static final String TARGETS = """
            select t.id, i.code, i.name_zh, i.name_en, i.unit_zh, i.unit_en, i.measure, i.counts_peer_reach,
                   case when p.owner_unit_id = :unit then t.planned_value
                        else (select a.value from target_allocation a where a.target_id = t.id and a.unit_id = :unit)
                   end,
                   case when i.measure is null then null
                        else coalesce((select sum(f.value) from reporting_measure_facts(p.id, i.measure,
                                          p.start_date, cast(:to as date)) f where f.unit_path like :subtree), 0)
                             + case when i.counts_peer_reach
                                    then coalesce((select sum(f.value) from reporting_measure_facts(p.id,
                                              'REACHED_BY_PEERS', p.start_date, cast(:to as date)) f
                                              where f.unit_path like :subtree), 0)
                                    else 0 end
                   end
              from target t join indicator i on i.id = t.indicator_id join project p on p.id = t.project_id
             where t.project_id = :project
             order by case when i.project_id is null then 0 else 1 end, i.id
            """;

    /**
     * The project sites the figures of a unit count for the caller (in the unit's subtree and the caller's scope), and
     * how many of them the caller is not one of the site's own trainers at (lecturer or management group: those who
     * call its rolls, as the at-risk list's names).
     */
    private static final String COUNTED_SITES = """
            select count(*),
                   count(*) filter (where not exists (
                       select 1 from trainer_group g join trainer_group_member m on m.group_id = g.id
                        where g.project_site_id = ps.id and m.account_id = :me
                          and g.kind in ('LECTURER', 'MANAGEMENT')))
              from project_site ps join site st on st.id = ps.site_id
                   join organisation_unit u on u.id = st.unit_id
             where ps.project_id = :project and u.path like :subtree
               and (:sites = '' or ps.id = any(cast(nullif(:sites, '') as bigint[])))
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ProjectAccess projects;

    @PersistenceContext
    private EntityManager em;

    /** Read-only, not enlisted in the transaction; may be a replica (see the class comment). */
    @Resource(lookup = REPORTS_DATASOURCE)
    private DataSource reports;

    private Clock clock = Clock.system(CHINA);

    /** A unit's exact figures, read through the reports datasource when the source only reads, else the primary. */
    ReportFigures figures(Source source, long projectId, long unitId, ReportPeriod requested) {
        if (!source.readOnly) {
            return figures(source, projectId, unitId, requested, new PrimaryReads(em));
        }
        try (ReportsReads reads = new ReportsReads(reports)) {
            return figures(source, projectId, unitId, requested, reads);
        }
    }

    /**
     * The rollups' figures read on the primary, in the caller's transaction: what a submission freezes, which must be
     * the data of now (a replica may lag behind the primary).
     */
    ReportFigures figuresOnPrimary(long projectId, long unitId, ReportPeriod requested) {
        return figures(Source.ROLLUPS, projectId, unitId, requested, new PrimaryReads(em));
    }

    private ReportFigures figures(Source source, long projectId, long unitId, ReportPeriod requested, Reads reads) {
        Caller caller = currentCaller.get();
        Project project = projects.reportable(caller, projectId);
        OrganisationUnit unit = Persistence.findOrNotFound(em, OrganisationUnit.class, unitId, "unit.notFound");
        if (!caller.covers(unit.path())) {
            throw DomainException.forbidden();
        }
        ReportPeriod period = requested == null ? ReportPeriod.project(project.startDate(), project.endDate())
                : requested;
        ProjectScope scope = ProjectScope.of(em, caller, project, null, "figures.siteNotFound");
        String sites = scope.everything() ? "" : scope.array();

        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        for (Object[] r : reads.rows("select child_level, child_id, measure, value from "
                + source.function + "(:project, :unit, cast(:from as date), cast(:to as date), "
                + "cast(nullif(:sites, '') as bigint[]))",
                Map.of("project", projectId, "unit", unitId, "from", period.start(), "to", period.end(),
                        "sites", sites))) {
            Measure measure = measure((String) r[2]);
            if (measure != null && r[3] != null) {
                values.computeIfAbsent(r[0] + ":" + ((Number) r[1]).longValue(), k -> new LinkedHashMap<>())
                        .put(measure.name(), scaled(measure, new BigDecimal(r[3].toString())));
            }
        }

        UnitFigures total = UnitFigures.of(unitId, unit.code(), unit.nameZh(), unit.nameEn(), unit.kind().name(),
                complete(values.get("TOTAL:" + unitId)));
        List<UnitFigures> children = new ArrayList<>();
        for (Object[] r : reads.rows(CHILDREN, Map.of("unit", unitId, "project", projectId, "sites", sites))) {
            long id = ((Number) r[1]).longValue();
            children.add(UnitFigures.of(id, (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    complete(values.get(r[0] + ":" + id))));
        }
        return ReportFigures.exact(projectId, project.code(), project.nameZh(), project.nameEn(), total, children,
                targets(project, unit, period, reads), period, Instant.now());
    }

    /**
     * The figures as the caller may see them: exact for the site's own trainers (every site counted is one where they
     * sit in the lecturer or management group), else, above the site, with small cells of the breakdowns of people
     * hidden ({@link SmallCells}). The exact figures stay what the engine computes, the rollups hold and a submission
     * freezes.
     */
    ReportFigures shown(ReportFigures exact) {
        return exactFor(exact.projectId(), exact.total().unitId()) ? exact
                : SmallCells.apply(exact, SmallCells.minCell());
    }

    /** Whether the caller sees a unit's figures of a project exactly: they train at every site counted (one query). */
    boolean exactFor(long projectId, long unitId) {
        Caller caller = currentCaller.get();
        ProjectScope scope;
        OrganisationUnit unit;
        try {
            Project project = projects.reportable(caller, projectId);
            unit = Persistence.findOrNotFound(em, OrganisationUnit.class, unitId, "unit.notFound");
            scope = ProjectScope.of(em, caller, project, null, "figures.siteNotFound");
        } catch (DomainException e) {
            return false; // sees no site of the project: nobody's own trainer here
        }
        Object[] counts = (Object[]) em.createNativeQuery(COUNTED_SITES).setParameter("project", projectId)
                .setParameter("subtree", UnitPath.subtreePattern(unit.path()))
                .setParameter("sites", scope.everything() ? "" : scope.array())
                .setParameter("me", caller.accountId()).getSingleResult();
        return ((Number) counts[0]).longValue() > 0 && ((Number) counts[1]).longValue() == 0;
    }

    private List<TargetProgress> targets(Project project, OrganisationUnit unit, ReportPeriod period, Reads reads) {
        LocalDate to = project.endDate().isBefore(period.end()) ? project.endDate() : period.end();
        LocalDate today = LocalDate.now(clock);
        double expected = Math.round(ReportPeriod.project(project.startDate(), project.endDate())
                .elapsedShare(today.isBefore(period.end()) ? today : period.end()) * 1000) / 10.0;
        List<TargetProgress> targets = new ArrayList<>();
        for (Object[] r : reads.rows(TARGETS, Map.of("project", project.id(), "unit", unit.id(), "to", to,
                "subtree", UnitPath.subtreePattern(unit.path())))) {
            Long planned = r[8] == null ? null : ((Number) r[8]).longValue();
            Long achieved = r[9] == null ? null : ((Number) r[9]).longValue();
            targets.add(progress(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], Boolean.TRUE.equals(r[7]), planned, achieved,
                    expected));
        }
        return targets;
    }

    static TargetProgress progress(long targetId, String code, String nameZh, String nameEn, String unitZh,
            String unitEn, String measure, boolean countsPeerReach, Long planned, Long achieved, double expected) {
        double percent = planned == null || achieved == null ? 0 : Breakdown.percent(achieved, planned);
        TargetProgress.State state;
        if (planned == null) {
            state = TargetProgress.State.NO_ALLOCATION;
        } else if (measure == null || achieved == null) {
            state = TargetProgress.State.NOT_COMPUTED;
        } else if (achieved >= planned) {
            state = TargetProgress.State.ACHIEVED;
        } else if (percent >= expected) {
            state = TargetProgress.State.ON_TRACK;
        } else {
            state = TargetProgress.State.BEHIND;
        }
        return new TargetProgress(targetId, code, nameZh, nameEn, unitZh, unitEn, measure, countsPeerReach, planned,
                achieved, percent, expected, state);
    }

    /** Counts without a row are 0; rates, means and money without one stay absent. */
    private static Map<String, BigDecimal> complete(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            BigDecimal v = values == null ? null : values.get(m.name());
            if (v != null) {
                all.put(m.name(), v);
            } else if (m.kind() == Measure.Kind.COUNT) {
                all.put(m.name(), BigDecimal.ZERO);
            }
        }
        return all;
    }

    private static BigDecimal scaled(Measure measure, BigDecimal value) {
        return switch (measure.kind()) {
            case COUNT -> value.setScale(0, RoundingMode.HALF_UP);
            case RATE -> value.setScale(4, RoundingMode.HALF_UP);
            case MEAN, MONEY -> value.setScale(2, RoundingMode.HALF_UP);
        };
    }

    private static Measure measure(String name) {
        try {
            return Measure.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The figures' statements, with named parameters ({@code :name}), run where the figures are read. */
    private interface Reads {
        List<Object[]> rows(String sql, Map<String, Object> parameters);
    }

    /** On the primary, in the caller's transaction (sees what it has written). */
    private record PrimaryReads(EntityManager em) implements Reads {
        @Override
        public List<Object[]> rows(String sql, Map<String, Object> parameters) {
            jakarta.persistence.Query query = em.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            List<Object[]> rows = new ArrayList<>();
            for (Object row : query.getResultList()) {
                rows.add((Object[]) row);
            }
            return rows;
        }
    }

    /** Through the reports datasource: one connection for all the statements of one set of figures. */
    private static final class ReportsReads implements Reads, AutoCloseable {

        private final DataSource dataSource;
        private Connection connection;

        ReportsReads(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public List<Object[]> rows(String sql, Map<String, Object> parameters) {
            List<String> names = new ArrayList<>();
            String jdbc = positional(sql, names);
            try {
                if (connection == null) {
                    connection = dataSource.getConnection();
                }
                try (PreparedStatement statement = connection.prepareStatement(jdbc)) {
                    for (int i = 0; i < names.size(); i++) {
                        if (!parameters.containsKey(names.get(i))) {
                            throw new IllegalArgumentException("No value for :" + names.get(i));
                        }
                        statement.setObject(i + 1, parameters.get(names.get(i)));
                    }
                    List<Object[]> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            Object[] row = new Object[columns];
                            for (int c = 0; c < columns; c++) {
                                row[c] = rs.getObject(c + 1);
                            }
                            rows.add(row);
                        }
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Reading figures through " + REPORTS_DATASOURCE + " failed", e);
            }
        }

        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    // the pool has it back or throws it away; nothing to tell the caller
                }
            }
        }
    }

    /**
     * The statement with each named parameter ({@code :name}, not a {@code ::} cast, not inside a quoted literal)
     * replaced by {@code ?}; the names in order go to {@code names}.
     */
    static String positional(String sql, List<String> names) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean quoted = false;
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
                continue;
            } else if (!quoted && ch == ':' && i + 1 < sql.length()
                    && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                out.append('?');
                i = end;
                continue;
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }
}
