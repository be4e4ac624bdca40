package org.healthedu.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.project.Project;
import org.healthedu.reporting.ProjectDashboard.ChildMonth;
import org.healthedu.reporting.ProjectDashboard.Completeness;
import org.healthedu.reporting.ProjectDashboard.LessonSatisfaction;
import org.healthedu.reporting.ProjectDashboard.Month;
import org.healthedu.reporting.ProjectDashboard.ReportRow;
import org.healthedu.reporting.ProjectDashboard.SessionSatisfaction;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * The project dashboard's figures for a project and a unit's subtree (the sites whose unit is in it): each month's
 * sessions, attendance, feedback, enrolments and reach since the project started, mean satisfaction by lesson, and the
 * completion reports of the latest period by status; and the rows behind each chart. Every series is one set-based
 * query whatever the number of months, units or sites. The caller must cover the unit; the targets come from
 * {@link FiguresService}, which checks the same.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class DashboardFigures {

    /** The project's sites at units in the subtree. */
    private static final String SCOPE_SITES = """
            scope_sites as (
                select ps.id, st.id as site_id, st.unit_id, u.path
                  from project_site ps join site st on st.id = ps.site_id
                       join organisation_unit u on u.id = st.unit_id
                 where ps.project_id = :project and u.path like :subtree
            )
            """;

    private static final String MONTHS = """
            with %s,
            months as (
                select cast(m as date) as month
                  from generate_series(date_trunc('month', cast(:from as timestamp)), cast(:to as timestamp),
                                       interval '1 month') m
            ),
            held as (
                select cast(date_trunc('month', session_tally_day(s.starts_at)) as date) as month, count(*) as held,
                       sum(t.expected) as expected, sum(t.present + t.late) as attended,
                       sum(t.present + t.late + t.walk_ins) as contacts
                  from training_session s join session_tally t on t.session_id = s.id
                 where s.project_id = :project and s.status = 'HELD'
                   and s.project_site_id in (select id from scope_sites)
                   and session_tally_day(s.starts_at) between :from and :to
                 group by 1
            ),
            feedback as (
                select cast(date_trunc('month', session_tally_day(s.starts_at)) as date) as month, count(*) as n
                  from feedback_response r join training_session s on s.id = r.session_id
                 where s.project_id = :project and s.project_site_id in (select id from scope_sites)
                   and session_tally_day(s.starts_at) between :from and :to
                 group by 1
            ),
            firsts as (
                select e.participant_id, b.project_site_id, min(e.enrolled_on) as enrolled_on
                  from enrolment e join batch b on b.id = e.batch_id
                 where e.project_id = :project and b.project_site_id in (select id from scope_sites)
                 group by e.participant_id, b.project_site_id
            ),
            enrolled as (
                select cast(date_trunc('month', greatest(f.enrolled_on, cast(:from as date))) as date) as month,
                       count(*) as n,
                       count(*) filter (where p.kind = 'PARENT') as parents,
                       count(*) filter (where p.kind = 'STUDENT') as students,
                       count(*) filter (where p.kind = 'PEER_EDUCATOR') as peers,
                       count(*) filter (where p.gender = 'FEMALE') as female,
                       count(*) filter (where p.gender = 'MALE') as male
                  from firsts f join participant p on p.id = f.participant_id
                 where f.enrolled_on <= :to
                 group by 1
            ),
            reached as (
                select cast(date_trunc('month', a.held_on) as date) as month, sum(a.headcount) as n,
                       sum(a.headcount) filter (where a.type = 'LECTURE') as lecture,
                       sum(a.headcount) filter (where a.type = 'CONSULTATION') as consultation,
                       sum(a.headcount) filter (where a.type = 'CAMPAIGN') as campaign,
                       sum(a.headcount) filter (where a.type = 'VOLUNTEER_SERVICE') as volunteer,
                       sum(a.headcount) filter (where a.type = 'FAMILY_VISIT') as family,
                       sum(a.headcount) filter (where a.type = 'OTHER') as other
                  from activity a join organisation_unit u on u.id = a.unit_id
                 where a.project_id = :project and a.deleted_at is null and u.path like :subtree
                   and a.held_on between :from and :to
                 group by 1
            )
            select m.month, coalesce(h.held, 0), coalesce(h.expected, 0), coalesce(h.attended, 0),
                   coalesce(h.contacts, 0), coalesce(f.n, 0), coalesce(e.n, 0), coalesce(e.parents, 0),
                   coalesce(e.students, 0), coalesce(e.peers, 0), coalesce(e.female, 0), coalesce(e.male, 0),
                   coalesce(r.n, 0), coalesce(r.lecture, 0), coalesce(r.consultation, 0), coalesce(r.campaign, 0),
                   coalesce(r.volunteer, 0), coalesce(r.family, 0), coalesce(r.other, 0)
              from months m left join held h on h.month = m.month left join feedback f on f.month = m.month
                   left join enrolled e on e.month = m.month left join reached r on r.month = m.month
             order by m.month
            """.formatted(SCOPE_SITES);

    private static final String LESSONS = """
            with %s
            select l.position, min(l.title_zh), min(l.title_en), avg(a.number_value), count(*)
              from feedback_answer a join feedback_question q on q.id = a.question_id and q.measure = 'SATISFACTION'
                   join feedback_response r on r.id = a.response_id
                   join training_session s on s.id = r.session_id
                   join curriculum_lesson l on l.id = s.lesson_id
             where s.project_id = :project and s.project_site_id in (select id from scope_sites)
               and a.number_value is not null
             group by l.position
             order by l.position
            """.formatted(SCOPE_SITES);

    /** The child a site counts under: the child unit on its unit's path, or the site itself at the unit. */
    private static final String CHILD_MONTH = """
            with %s,
            sites as (
                select id, site_id, case when path = :path then null
                                         else cast(split_part(path, '/', :childPart) as bigint) end as child_unit
                  from scope_sites
            ),
            held as (
                select x.child_unit, x.id, x.site_id, count(*) filter (where s.status = 'HELD') as held,
                       coalesce(sum(t.expected) filter (where s.status = 'HELD'), 0) as expected,
                       coalesce(sum(t.present + t.late) filter (where s.status = 'HELD'), 0) as attended,
                       coalesce(sum(f.n), 0) as responses
                  from training_session s join sites x on x.id = s.project_site_id
                       join session_tally t on t.session_id = s.id
                       left join lateral (select count(*) as n from feedback_response r
                                           where r.session_id = s.id) f on true
                 where s.project_id = :project
                   and session_tally_day(s.starts_at) between :from and :to
                 group by x.child_unit, x.id, x.site_id
            )
            select h.child_unit is null, coalesce(h.child_unit, h.id),
                   coalesce(u.name_zh, st.name_zh), coalesce(u.name_en, st.name_en),
                   sum(h.held), sum(h.expected), sum(h.attended), sum(h.responses)
              from held h left join organisation_unit u on u.id = h.child_unit
                   left join site st on st.id = h.site_id and h.child_unit is null
             group by h.child_unit is null, coalesce(h.child_unit, h.id), coalesce(u.name_zh, st.name_zh),
                      coalesce(u.name_en, st.name_en)
             order by 3
            """.formatted(SCOPE_SITES);

    private static final String LESSON_SESSIONS = """
            with %s
            select s.id, s.starts_at, st.name_zh, b.name, count(a.id), avg(a.number_value)
              from training_session s join curriculum_lesson l on l.id = s.lesson_id
                   join project_site ps on ps.id = s.project_site_id join site st on st.id = ps.site_id
                   join batch b on b.id = s.batch_id
                   join feedback_response r on r.session_id = s.id
                   join feedback_answer a on a.response_id = r.id and a.number_value is not null
                   join feedback_question q on q.id = a.question_id and q.measure = 'SATISFACTION'
             where s.project_id = :project and s.project_site_id in (select id from scope_sites)
               and l.position = :position
             group by s.id, s.starts_at, st.name_zh, b.name
             order by s.starts_at, s.id
            """.formatted(SCOPE_SITES);

    /** The latest period (started by today) with a report under the unit: quarters before months before years. */
    private static final String LATEST_PERIOD = """
            select r.period_kind, r.period_start, max(r.period_end)
              from completion_report r join organisation_unit u on u.id = r.unit_id
             where r.project_id = :project and u.path like :subtree and r.period_start <= :today
             group by r.period_kind, r.period_start
             order by r.period_start desc,
                      case r.period_kind when 'QUARTER' then 0 when 'MONTH' then 1 when 'YEAR' then 2 else 3 end
             limit 1
            """;

    private static final String REPORTS = """
            select r.id, r.unit_id, u.name_zh, r.status, r.due_on, r.submitted_at
              from completion_report r join organisation_unit u on u.id = r.unit_id
             where r.project_id = :project and u.path like :subtree and r.period_kind = :kind
               and r.period_start = :start
             order by u.path
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private FiguresService figures;

    @Inject
    private FiguresEngine engine;

    @PersistenceContext
    private EntityManager em;

    public ProjectDashboard dashboard(long projectId, long unitId) {
        Project project = project(projectId);
        OrganisationUnit unit = unit(unitId);
        LocalDate today = LocalDate.now(ExportLabels.CHINA);
        LocalDate to = project.endDate().isBefore(today) ? project.endDate() : today;
        List<Month> months = new ArrayList<>();
        if (!to.isBefore(project.startDate())) {
            Query q = scoped(em.createNativeQuery(MONTHS), project, unit)
                    .setParameter("from", project.startDate()).setParameter("to", to);
            for (Object row : q.getResultList()) {
                Object[] r = (Object[]) row;
                Map<String, Long> byType = new LinkedHashMap<>();
                String[] types = {"LECTURE", "CONSULTATION", "CAMPAIGN", "VOLUNTEER_SERVICE", "FAMILY_VISIT", "OTHER"};
                for (int i = 0; i < types.length; i++) {
                    byType.put(types[i], num(r[13 + i]));
                }
                months.add(new Month(date(r[0]), num(r[1]), num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6]),
                        num(r[7]), num(r[8]), num(r[9]), num(r[10]), num(r[11]), num(r[12]), byType, List.of()));
            }
        }
        // Above the site the monthly breakdowns of people are small cells more often than not.
        Integer minCell = null;
        if (!engine.exactFor(projectId, unitId)) {
            minCell = SmallCells.minCell();
            months = SmallCells.months(months, minCell);
        }
        List<LessonSatisfaction> lessons = new ArrayList<>();
        for (Object row : scoped(em.createNativeQuery(LESSONS), project, unit).getResultList()) {
            Object[] r = (Object[]) row;
            lessons.add(new LessonSatisfaction((int) num(r[0]), (String) r[1], (String) r[2],
                    ((Number) r[3]).doubleValue(), num(r[4])));
        }
        List<TargetProgress> targets = figures.figures(projectId, unitId,
                ReportPeriod.project(project.startDate(), project.endDate())).targets();
        OrganisationUnit parent = unit.parent();
        Long parentId = parent != null && currentCaller.get().covers(parent.path()) ? parent.id() : null;
        return new ProjectDashboard(project.id(), project.code(), project.nameZh(), project.nameEn(),
                project.startDate(), project.endDate(), unit.id(), unit.nameZh(), unit.nameEn(), parentId, months,
                targets == null ? List.of() : targets, lessons, completeness(project, unit, today), minCell);
    }

    /** The rows behind a month of a monthly chart: each child unit's (or site's) figures in that month. */
    public List<ChildMonth> childrenInMonth(long projectId, long unitId, YearMonth month) {
        Project project = project(projectId);
        OrganisationUnit unit = unit(unitId);
        int ids = (int) unit.path().chars().filter(c -> c == '/').count() - 1;
        List<ChildMonth> rows = new ArrayList<>();
        for (Object row : scoped(em.createNativeQuery(CHILD_MONTH), project, unit)
                .setParameter("path", unit.path()).setParameter("childPart", ids + 2)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth())
                .getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new ChildMonth(Boolean.TRUE.equals(r[0]), num(r[1]), (String) r[2], (String) r[3], num(r[4]),
                    num(r[5]), num(r[6]), num(r[7])));
        }
        return rows;
    }

    /** The rows behind a lesson's satisfaction bar: its sessions with satisfaction answers. */
    public List<SessionSatisfaction> lessonSessions(long projectId, long unitId, int position) {
        Project project = project(projectId);
        OrganisationUnit unit = unit(unitId);
        List<SessionSatisfaction> rows = new ArrayList<>();
        for (Object row : scoped(em.createNativeQuery(LESSON_SESSIONS), project, unit)
                .setParameter("position", position).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new SessionSatisfaction(num(r[0]), instant(r[1]), (String) r[2], (String) r[3], num(r[4]),
                    r[5] == null ? null : ((Number) r[5]).doubleValue()));
        }
        return rows;
    }

    /** The rows behind a completeness bar: the latest period's reports under the unit in one status ("" = all). */
    public List<ReportRow> reports(long projectId, long unitId, String status) {
        Project project = project(projectId);
        OrganisationUnit unit = unit(unitId);
        Object[] period = latestPeriod(project, unit, LocalDate.now(ExportLabels.CHINA));
        if (period == null) {
            return List.of();
        }
        return reportRows(project, unit, period).stream()
                .filter(r -> status == null || status.isEmpty() || r.status().equals(status)).toList();
    }

    private Completeness completeness(Project project, OrganisationUnit unit, LocalDate today) {
        Object[] period = latestPeriod(project, unit, today);
        if (period == null) {
            return new Completeness(null, null, null, Map.of());
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ReportStatus status : ReportStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        for (ReportRow row : reportRows(project, unit, period)) {
            byStatus.merge(row.status(), 1L, Long::sum);
        }
        return new Completeness((String) period[0], date(period[1]), date(period[2]), byStatus);
    }

    private List<ReportRow> reportRows(Project project, OrganisationUnit unit, Object[] period) {
        List<ReportRow> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(REPORTS).setParameter("project", project.id())
                .setParameter("subtree", unit.path() + "%").setParameter("kind", period[0])
                .setParameter("start", date(period[1])).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new ReportRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3],
                    r[4] == null ? null : date(r[4]), r[5] == null ? null : instant(r[5])));
        }
        return rows;
    }

    private Object[] latestPeriod(Project project, OrganisationUnit unit, LocalDate today) {
        List<?> found = em.createNativeQuery(LATEST_PERIOD).setParameter("project", project.id())
                .setParameter("subtree", unit.path() + "%").setParameter("today", today).getResultList();
        return found.isEmpty() ? null : (Object[]) found.get(0);
    }

    private Project project(long projectId) {
        return Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
    }

    /** The unit, if the caller covers it (else 403, as the figures). */
    private OrganisationUnit unit(long unitId) {
        OrganisationUnit unit = Persistence.findOrNotFound(em, OrganisationUnit.class, unitId, "unit.notFound");
        Caller caller = currentCaller.get();
        if (!caller.covers(unit.path())) {
            throw DomainException.forbidden();
        }
        return unit;
    }

    private static Query scoped(Query query, Project project, OrganisationUnit unit) {
        return query.setParameter("project", project.id()).setParameter("subtree", unit.path() + "%");
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((Date) value).toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
