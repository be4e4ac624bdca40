package org.healthedu.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.completion.CompletionRule;
import org.healthedu.completion.RuleView;
import org.healthedu.dashboard.Figures.AtRiskPerson;
import org.healthedu.dashboard.Figures.BatchFigures;
import org.healthedu.dashboard.Figures.CoverageGap;
import org.healthedu.dashboard.Figures.Dashboard;
import org.healthedu.dashboard.Figures.LessonFigures;
import org.healthedu.dashboard.Figures.SessionFigures;
import org.healthedu.dashboard.Figures.SiteFigures;
import org.healthedu.dashboard.Figures.Totals;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * A project's attendance dashboard. The viewer's scope is decided once, as the project sites they may see: all of
 * them for whoever covers the project's owning or funding unit; otherwise the sites inside their own unit's subtree
 * (coordinators and observers: by the site's unit or the unit responsible for it), the sites where they sit in a
 * trainer group, and the sites of sessions they are on. Nobody else sees anything (403). Every figure is then
 * aggregated in SQL over those sites: seven queries whatever the size of the project. Expected and attended marks
 * and whether a roll was taken come from each session's tally ({@link org.healthedu.attendance.SessionTally}), not
 * from counting enrolments and marks per session.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class DashboardService {

    private static final String LOCAL_DAY = "cast(s.starts_at at time zone 'Asia/Shanghai' as date)";

    private static final String BATCHES = """
            select b.id, b.number, b.name, b.project_site_id,
                   (select count(*) from curriculum_lesson l where l.curriculum_id = b.curriculum_id) as lessons,
                   count(distinct s.lesson_id) filter (where s.status = 'HELD') as lessons_held,
                   count(s.id) filter (where s.status = 'PLANNED') as planned,
                   count(s.id) filter (where s.status = 'HELD') as held,
                   count(s.id) filter (where s.status = 'CANCELLED') as cancelled,
                   count(s.id) filter (where s.status = 'POSTPONED') as postponed
              from batch b left join training_session s on s.batch_id = b.id
             where b.project_id = :project and b.project_site_id in (select unnest(cast(:sites as bigint[])))
             group by b.id, b.number, b.name, b.project_site_id, b.curriculum_id
             order by b.number
            """;

    /** Expected and attended marks of each HELD session (its tally), rolled up by site, batch, lesson and overall. */
    private static final String RATES = """
            with held as (
                select s.project_site_id, s.batch_id, l.position, l.title_zh, l.title_en,
                       t.expected, t.present + t.late as attended
                  from training_session s join curriculum_lesson l on l.id = s.lesson_id
                       join session_tally t on t.session_id = s.id
                 where s.project_id = :project and s.status = 'HELD'
                   and s.project_site_id in (select unnest(cast(:sites as bigint[])))
            )
            select grouping(project_site_id), grouping(batch_id), grouping(position),
                   project_site_id, batch_id, position, min(title_zh), min(title_en),
                   count(*), coalesce(sum(expected), 0), coalesce(sum(attended), 0)
              from held
             group by grouping sets ((project_site_id), (batch_id), (position), ())
            """;

    private static final String GAPS = """
            select b.id, b.number, b.name, b.project_site_id, l.position, l.title_zh, l.title_en,
                   exists (select 1 from training_session s where s.batch_id = b.id and s.lesson_id = l.id
                              and s.status in ('PLANNED', 'POSTPONED')) as planned
              from batch b join curriculum_lesson l on l.curriculum_id = b.curriculum_id
             where b.project_id = :project and b.project_site_id in (select unnest(cast(:sites as bigint[])))
               and not exists (select 1 from training_session s where s.batch_id = b.id and s.lesson_id = l.id
                                  and s.status = 'HELD')
             order by b.number, l.position
            """;

    /** Sessions (with their tallies) of the visible sites, narrowed by the optional filters. */
    private static final String SESSIONS = """
            select s.id, s.batch_id, b.name, s.project_site_id, l.position, l.title_zh, s.starts_at, s.status,
                   case when s.status = 'HELD' then t.expected else 0 end,
                   case when s.status = 'HELD' then t.present + t.late else 0 end,
                   t.marked
              from training_session s join batch b on b.id = s.batch_id
                   join curriculum_lesson l on l.id = s.lesson_id
                   join session_tally t on t.session_id = s.id
             where s.project_id = :project and s.project_site_id in (select unnest(cast(:sites as bigint[])))
               and (:batch = 0 or s.batch_id = :batch) and (:position = 0 or l.position = :position)
               and (:status = '' or s.status = :status)
               and (not :unrecorded or (s.status = 'HELD' and t.marked = 0))
             order by s.starts_at, s.id
            """;

    /**
     * People enrolled in a batch now who missed two of its HELD sessions in a row (of those held since they joined
     * and with a roll taken (its tally has marks): a session without any mark says nothing about anyone). Each batch's
     * sessions are numbered (k); the misses are the expected marks without an attended one (a hashed anti-join: no
     * probe per person and session; measured at half the time of the EXCEPT ALL it replaced at 100,000 marks), and
     * two in a row are a miss at k right after one at k - 1 (lag over the misses only). A person's expected sessions
     * are the batch's from the day they joined on, so the batch's order is theirs. No subquery per person: its
     * estimated cost (not its run time) pushed the plan past PostgreSQL's JIT thresholds, and compiling took longer
     * than the query.
     */
    private static final String AT_RISK = """
            with held as materialized (
                select s.id, s.batch_id, %1$s as day,
                       row_number() over (partition by s.batch_id order by s.starts_at, s.id) as k
                  from training_session s join session_tally t on t.session_id = s.id
                 where s.project_id = :project and s.status = 'HELD'
                   and s.project_site_id in (select unnest(cast(:sites as bigint[])))
                   and t.marked > 0
            ),
            missed as (
                select e.participant_id, h.batch_id, h.k, h.day
                  from held h join enrolment e on e.batch_id = h.batch_id and e.status = 'ACTIVE'
                       and e.enrolled_on <= h.day
                 where not exists (select 1 from attendance a where a.session_id = h.id
                                      and a.participant_id = e.participant_id
                                      and (a.status = 'PRESENT' or (a.status = 'LATE' and :late)
                                           or (a.status = 'EXCUSED' and :excused)))
            ),
            runs as (
                select participant_id, batch_id, k, day,
                       lag(k) over (partition by participant_id, batch_id order by k) as k_before
                  from missed
            ),
            risk as (
                select participant_id, batch_id, count(*) as missed, max(day) as last_missed
                  from runs
                 group by participant_id, batch_id
                having bool_or(k_before = k - 1)
            )
            select r.participant_id, p.display_name, r.batch_id, r.missed, x.expected, r.last_missed,
                   p.kind, p.birth_year
              from risk r join participant p on p.id = r.participant_id
                   join (select e.participant_id, h.batch_id, count(*) as expected
                           from held h join enrolment e on e.batch_id = h.batch_id and e.status = 'ACTIVE'
                                and e.enrolled_on <= h.day
                          group by e.participant_id, h.batch_id) x
                     on x.participant_id = r.participant_id and x.batch_id = r.batch_id
             order by r.batch_id, p.name_key nulls last, r.participant_id
            """.formatted(LOCAL_DAY);

    private static final String ROSTER_SITES = """
            select distinct g.project_site_id from trainer_group g join trainer_group_member m on m.group_id = g.id
             where m.account_id = :me and g.kind in ('LECTURER', 'MANAGEMENT')
               and g.project_site_id in (select unnest(cast(:sites as bigint[])))
            """;

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    /** The project's dashboard as the caller may see it; {@code projectSiteId} narrows it to one site. */
    public Dashboard dashboard(long projectId, Long projectSiteId) {
        Caller caller = currentCaller.get();
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        ProjectScope scope = scope(caller, project, projectSiteId);
        String sites = scope.array();

        // Batches with their session counts, grouped by site.
        List<Object[]> batchRows = rows(em.createNativeQuery(BATCHES), projectId, sites);
        // Rates rolled up by site, batch, lesson and overall.
        Map<Long, long[]> siteRates = new HashMap<>();
        Map<Long, long[]> batchRates = new HashMap<>();
        List<LessonFigures> lessons = new ArrayList<>();
        long[] overall = {0, 0, 0};
        for (Object[] row : rows(em.createNativeQuery(RATES), projectId, sites)) {
            long[] figures = {num(row[8]), num(row[9]), num(row[10])};
            if (num(row[0]) == 0) {
                siteRates.put(num(row[3]), figures);
            } else if (num(row[1]) == 0) {
                batchRates.put(num(row[4]), figures);
            } else if (num(row[2]) == 0) {
                lessons.add(new LessonFigures((int) num(row[5]), (String) row[6], (String) row[7], figures[0],
                        figures[1], figures[2], Figures.rate(figures[2], figures[1])));
            } else {
                overall = figures;
            }
        }
        lessons.sort((a, b) -> Integer.compare(a.position(), b.position()));

        List<CoverageGap> gaps = new ArrayList<>();
        for (Object[] row : rows(em.createNativeQuery(GAPS), projectId, sites)) {
            long siteId = num(row[3]);
            gaps.add(new CoverageGap(num(row[0]), (int) num(row[1]), (String) row[2], siteId, scope.name(siteId),
                    (int) num(row[4]), (String) row[5], (String) row[6], Boolean.TRUE.equals(row[7])));
        }
        List<SessionFigures> unrecorded = sessions(scope, projectId, 0, 0, "HELD", true);
        List<AtRiskPerson> atRisk = atRisk(caller, project, scope);
        Map<Long, Long> atRiskByBatch = atRisk.stream()
                .collect(Collectors.groupingBy(AtRiskPerson::batchId, Collectors.counting()));

        List<BatchFigures> batches = new ArrayList<>();
        Map<Long, long[]> siteCounts = new LinkedHashMap<>();
        for (Object[] row : batchRows) {
            long batchId = num(row[0]);
            long siteId = num(row[3]);
            long[] rate = batchRates.getOrDefault(batchId, new long[3]);
            long[] counts = {num(row[6]), num(row[7]), num(row[8]), num(row[9])};
            batches.add(new BatchFigures(batchId, (int) num(row[1]), (String) row[2], siteId, scope.name(siteId),
                    (int) num(row[4]), (int) num(row[5]), counts[0], counts[1], counts[2], counts[3], rate[1],
                    rate[2], Figures.rate(rate[2], rate[1]), atRiskByBatch.getOrDefault(batchId, 0L).intValue()));
            long[] site = siteCounts.computeIfAbsent(siteId, k -> new long[5]);
            site[0]++;
            for (int i = 0; i < 4; i++) {
                site[i + 1] += counts[i];
            }
        }
        List<SiteFigures> siteFigures = new ArrayList<>();
        long[] all = new long[5];
        for (ProjectScope.Site site : scope.sites().values()) {
            long[] counts = siteCounts.getOrDefault(site.id(), new long[5]);
            long[] rate = siteRates.getOrDefault(site.id(), new long[3]);
            siteFigures.add(new SiteFigures(site.id(), site.siteId(), site.name(), site.unitName(), (int) counts[0],
                    counts[1], counts[2], counts[3], counts[4], rate[1], rate[2], Figures.rate(rate[2], rate[1])));
            for (int i = 0; i < 5; i++) {
                all[i] += counts[i];
            }
        }
        Totals totals = new Totals(siteFigures.size(), (int) all[0], all[1], all[2], all[3], all[4], overall[1],
                overall[2], Figures.rate(overall[2], overall[1]), atRisk.size(),
                (int) gaps.stream().filter(g -> !g.planned()).count(), unrecorded.size());
        return new Dashboard(project.id(), project.code(), project.nameZh(), scope.everything(), projectSiteId,
                totals, siteFigures, batches, lessons, gaps, unrecorded, atRisk);
    }

    /**
     * Drill-down: the sessions behind a figure, within the caller's scope: of one site, batch or lesson, in one status,
     * or only HELD ones with no mark recorded.
     */
    public List<SessionFigures> sessions(long projectId, Long projectSiteId, Long batchId, Integer position,
            String status, boolean unrecordedOnly) {
        Caller caller = currentCaller.get();
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        ProjectScope scope = scope(caller, project, projectSiteId);
        return sessions(scope, projectId, batchId == null ? 0 : batchId, position == null ? 0 : position,
                status == null ? "" : status, unrecordedOnly);
    }

    private List<SessionFigures> sessions(ProjectScope scope, long projectId, long batchId, int position, String status,
            boolean unrecordedOnly) {
        Query query = em.createNativeQuery(SESSIONS)
                .setParameter("batch", batchId)
                .setParameter("position", position)
                .setParameter("status", status)
                .setParameter("unrecorded", unrecordedOnly);
        List<SessionFigures> result = new ArrayList<>();
        for (Object[] row : rows(query, projectId, scope.array())) {
            long siteId = num(row[3]);
            result.add(new SessionFigures(num(row[0]), num(row[1]), (String) row[2], siteId, scope.name(siteId),
                    (int) num(row[4]), (String) row[5], instant(row[6]), (String) row[7], num(row[8]), num(row[9]),
                    num(row[10])));
        }
        return result;
    }

    private List<AtRiskPerson> atRisk(Caller caller, Project project, ProjectScope scope) {
        CompletionRule stored = em.find(CompletionRule.class, project.id());
        RuleView rule = stored == null ? CompletionRule.defaults(project.id()) : stored.view();
        Set<Long> named = new HashSet<>();
        boolean manager = caller.canManage(project.owner().path());
        if (!manager) {
            for (Object id : em.createNativeQuery(ROSTER_SITES).setParameter("me", caller.accountId())
                    .setParameter("sites", scope.array()).getResultList()) {
                named.add(num(id));
            }
        }
        Query query = em.createNativeQuery(AT_RISK)
                .setParameter("late", rule.lateCounts())
                .setParameter("excused", rule.excusedCounts());
        Map<Long, Object[]> batchSites = new HashMap<>();
        List<Object[]> riskRows = rows(query, project.id(), scope.array());
        if (!riskRows.isEmpty()) {
            for (Object[] row : em.createQuery("select b.id, b.name, b.projectSite.id from Batch b"
                    + " where b.project.id = :project", Object[].class)
                    .setParameter("project", project.id()).getResultList()) {
                batchSites.put((Long) row[0], row);
            }
        }
        List<AtRiskPerson> people = new ArrayList<>();
        int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        for (Object[] row : riskRows) {
            Object[] batch = batchSites.get(num(row[2]));
            long siteId = (Long) batch[2];
            // Above the site, a manager follows up adults by name; someone who may be a minor stays a number there
            // (only the trainers who call that roll see the name).
            boolean showName = named.contains(siteId) || manager && !possiblyMinor((String) row[6], row[7], thisYear);
            people.add(new AtRiskPerson(num(row[0]), showName ? (String) row[1] : null, num(row[2]),
                    (String) batch[1], siteId, scope.name(siteId), (int) num(row[3]), (int) num(row[4]),
                    row[5] == null ? null : date(row[5])));
        }
        return people;
    }

    /** A participant who is not a parent and was born 18 or fewer years ago (or whose birth year is unknown). */
    static boolean possiblyMinor(String kind, Object birthYear, int thisYear) {
        if ("PARENT".equals(kind)) {
            return false;
        }
        return birthYear == null || thisYear - ((Number) birthYear).intValue() <= 18;
    }

    // --- scope --------------------------------------------------------------------------------------------------

    private ProjectScope scope(Caller caller, Project project, Long projectSiteId) {
        return ProjectScope.of(em, caller, project, projectSiteId, "dashboard.siteNotFound");
    }

    // --- plumbing -----------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query, long projectId, String sites) {
        return query.setParameter("project", projectId).setParameter("sites", sites).getResultList();
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
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

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
