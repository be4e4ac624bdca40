package org.healthedu.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.dashboard.ProjectScope;
import org.healthedu.feedback.FeedbackFigures.Bar;
import org.healthedu.feedback.FeedbackFigures.CompareRow;
import org.healthedu.feedback.FeedbackFigures.Comparison;
import org.healthedu.feedback.FeedbackFigures.Filters;
import org.healthedu.feedback.FeedbackFigures.QuestionResult;
import org.healthedu.feedback.FeedbackFigures.Results;
import org.healthedu.feedback.FeedbackFigures.SessionHeader;
import org.healthedu.feedback.FeedbackFigures.TextAnswer;
import org.healthedu.feedback.FeedbackFigures.TextAnswers;
import org.healthedu.project.Project;
import org.healthedu.session.SessionAccess;
import org.healthedu.session.SessionTime;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;

/**
 * Feedback results: for one session (whoever sees it) or a project's sessions narrowed by site, batch, lesson and lead
 * trainer (within the viewer's visible sites, as on the attendance dashboard). Every figure is aggregated in SQL over
 * the selected sessions ({@link Selection#SQL}), in five queries whatever their number: totals, questions, choices,
 * distributions with means and medians, and (for a session) its header. Questions are grouped by lineage, so the
 * versions of a form add up, and show their newest texts. Small cells: unless the viewer trains every session counted,
 * a figure about fewer responses than {@link FeedbackResultSettings#minCell()} is replaced by "too few responses".
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class FeedbackResults {

    public static final int TEXT_PAGE_SIZE = 20;
    public static final int SEARCH_MAX = 100;

    private static final String TOTALS = """
            with %s
            select (select count(*) from sel),
                   (select count(*) from feedback_response r where r.session_id in (select id from sel)),
                   (select count(*) from attendance a where a.session_id in (select id from sel)
                       and a.status in ('PRESENT', 'LATE')),
                   (select count(*) from sel where not own)
            """.formatted(Selection.SQL);

    /** Lineages answered in the selection, each with its newest version's question (texts, kind, measure). */
    static final String QUESTIONS = """
            with %s,
            answered as (
                select distinct q.lineage_id from feedback_question q
                 where q.version_id in (select r.form_version_id from feedback_response r
                                         where r.session_id in (select id from sel))
            )
            select distinct on (q.lineage_id) q.lineage_id, q.id, q.kind, q.measure, q.text_zh, q.text_en,
                   v.form_id, sec.position, q.position
              from feedback_question q join feedback_form_version v on v.id = q.version_id
                   join feedback_section sec on sec.id = q.section_id
             where q.lineage_id in (select lineage_id from answered)
             order by q.lineage_id, v.number desc
            """.formatted(Selection.SQL);

    /** Choices of those lineages by position (a choice's identity across versions), newest labels. */
    static final String CHOICES = """
            with %s,
            answered as (
                select distinct q.lineage_id from feedback_question q
                 where q.version_id in (select r.form_version_id from feedback_response r
                                         where r.session_id in (select id from sel))
            )
            select distinct on (q.lineage_id, c.position) q.lineage_id, c.position, c.label_zh, c.label_en
              from feedback_choice c join feedback_question q on q.id = c.question_id
                   join feedback_form_version v on v.id = q.version_id
             where q.lineage_id in (select lineage_id from answered)
             order by q.lineage_id, c.position, v.number desc
            """.formatted(Selection.SQL);

    /** Counts per value or choice, and per question the responses answering it, mean and median (scales). */
    private static final String DISTRIBUTION = """
            with %s
            select grouping(a.number_value, c.position), q.lineage_id, a.number_value, c.position, count(*),
                   count(distinct a.response_id), avg(a.number_value),
                   percentile_cont(0.5) within group (order by a.number_value)
              from feedback_answer a join feedback_response r on r.id = a.response_id
                   join feedback_question q on q.id = a.question_id
                   left join feedback_choice c on c.id = a.choice_id
             where r.session_id in (select id from sel)
             group by grouping sets ((q.lineage_id, a.number_value, c.position), (q.lineage_id))
            """.formatted(Selection.SQL);

    private static final String HEADER = """
            select s.id, s.batch_id, b.name, s.project_site_id, st.name_zh, l.position, l.title_zh, l.title_en,
                   s.starts_at, s.status, t.display_name
              from training_session s join batch b on b.id = s.batch_id
                   join project_site ps on ps.id = s.project_site_id join site st on st.id = ps.site_id
                   join curriculum_lesson l on l.id = s.lesson_id join account t on t.id = s.lead_trainer_id
             where s.id = :id
            """;

    private static final String TEXTS = """
            with %s
            select q.lineage_id, a.text_value, count(*) over ()
              from feedback_answer a join feedback_response r on r.id = a.response_id
                   join feedback_question q on q.id = a.question_id
             where r.session_id in (select id from sel) and a.text_value is not null
               and (:pattern = '' or lower(a.text_value) like :pattern escape '\\')
               and (r.session_id in (select id from sel where own)
                    or (select count(*) from feedback_response n where n.session_id = r.session_id) >= :minCell)
             order by r.id desc, q.lineage_id
             limit :limit offset :offset
            """.formatted(Selection.SQL);

    /**
     * Per group (batch, lesson or lead trainer): sessions, responses, people present, and the sums behind the means
     * of the three measured scales (summed per session first, so the groups' means are exact).
     */
    private static final String COMPARE = """
            with %s,
            per as (
                select s.id, s.own, s.%s as k, s.%s as sort_key, s.%s as label_zh, s.%s as label_en,
                       (select count(*) from feedback_response r where r.session_id = s.id) as responses,
                       (select count(*) from attendance a where a.session_id = s.id
                           and a.status in ('PRESENT', 'LATE')) as attended
                  from sel s
            ),
            m as (
                select r.session_id,
                       sum(a.number_value) filter (where q.measure = 'SATISFACTION') as st,
                       count(*) filter (where q.measure = 'SATISFACTION') as sn,
                       sum(a.number_value) filter (where q.measure = 'USEFULNESS') as ut,
                       count(*) filter (where q.measure = 'USEFULNESS') as un,
                       sum(a.number_value) filter (where q.measure = 'CLARITY') as ct,
                       count(*) filter (where q.measure = 'CLARITY') as cn
                  from feedback_response r join feedback_answer a on a.response_id = r.id
                       join feedback_question q on q.id = a.question_id
                 where r.session_id in (select id from sel)
                   and ((q.measure = 'SATISFACTION' and q.kind = 'RATING10')
                        or (q.measure in ('USEFULNESS', 'CLARITY') and q.kind = 'LIKERT5'))
                 group by r.session_id
            )
            select p.k, min(p.label_zh), min(p.label_en), count(*), sum(p.responses), sum(p.attended),
                   bool_and(p.own), sum(m.st), sum(m.sn), sum(m.ut), sum(m.un), sum(m.ct), sum(m.cn)
              from per p left join m on m.session_id = p.id
             group by p.k
             order by min(p.sort_key), p.k
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionAccess access;

    @PersistenceContext
    private EntityManager em;

    /** A session's results: whoever sees the session. */
    public Results session(long sessionId) {
        Selection selection = Selection.ofSession(em, access, currentCaller.get(), sessionId);
        return results(selection, header(sessionId), new Filters(null, null, null, null));
    }

    /** A project's results within the caller's scope, narrowed by the optional filters. */
    public Results project(long projectId, Long siteId, Long batchId, Integer lesson, Long trainerId) {
        Selection selection = Selection.ofProject(em, currentCaller.get(), projectId, siteId, batchId, lesson,
                trainerId);
        return results(selection, null, new Filters(siteId, batchId, lesson, trainerId));
    }

    /** A session's free-text answers, newest first, searched (case-insensitive, anywhere) and paged from 0. */
    public TextAnswers answers(long sessionId, String search, int page) {
        checkSearch(search);
        return answers(Selection.ofSession(em, access, currentCaller.get(), sessionId), search, page);
    }

    /**
     * A project's free-text answers within the caller's scope and the filters, newest first, searched and paged. Above
     * a session's own trainers, the answers of sessions with fewer responses than the small-cell threshold are left
     * out, as in the exports: one comment from a session of three could single its writer out.
     */
    public TextAnswers projectAnswers(long projectId, Long siteId, Long batchId, Integer lesson, Long trainerId,
            String search, int page) {
        checkSearch(search);
        return answers(Selection.ofProject(em, currentCaller.get(), projectId, siteId, batchId, lesson, trainerId),
                search, page);
    }

    private static void checkSearch(String search) {
        if (search != null && search.length() > SEARCH_MAX) {
            throw DomainException.invalid("q", "error.tooLong", SEARCH_MAX);
        }
    }

    private TextAnswers answers(Selection selection, String search, int page) {
        FeedbackResultSettings settings = FeedbackResultSettings.current();
        long[] totals = totals(selection);
        int offset = Page.clampOffset(page) * TEXT_PAGE_SIZE;
        if (settings.tooFew(totals[1], own(totals))) {
            return new TextAnswers(true, settings.minCell(), new Page<>(List.of(), 0, offset, TEXT_PAGE_SIZE));
        }
        Map<Long, Object[]> questions = new HashMap<>();
        for (Object[] q : rows(selection, QUESTIONS)) {
            questions.put(num(q[0]), q);
        }
        String pattern = search == null || search.isBlank() ? "" : Persistence.containsPattern(search);
        List<TextAnswer> items = new ArrayList<>();
        long total = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> found = selection.bind(em.createNativeQuery(TEXTS)).setParameter("pattern", pattern)
                .setParameter("minCell", settings.minCell())
                .setParameter("limit", TEXT_PAGE_SIZE).setParameter("offset", offset).getResultList();
        for (Object[] row : found) {
            Object[] q = questions.get(num(row[0]));
            items.add(new TextAnswer(num(row[0]), q == null ? null : (String) q[4], q == null ? null : (String) q[5],
                    (String) row[1]));
            total = num(row[2]);
        }
        return new TextAnswers(false, settings.minCell(), new Page<>(items, total, offset, TEXT_PAGE_SIZE));
    }

    /**
     * Compares a project's groups of sessions: {@code by} batch or lesson (whoever sees the project's results), or
     * trainer (the lead trainer; only the project's managers and the sites' management group members).
     */
    public Comparison compare(long projectId, String by, Long siteId) {
        Caller caller = currentCaller.get();
        String[] columns = switch (by == null ? "" : by) {
            case "batch" -> new String[] {"batch_id", "batch_number", "batch_name", "batch_name"};
            case "lesson" -> new String[] {"position", "position", "title_zh", "title_en"};
            case "trainer" -> new String[] {"lead_trainer_id", "trainer_name", "trainer_name", "trainer_name"};
            default -> throw DomainException.invalid("by", "feedback.results.compareBy");
        };
        Selection selection = Selection.ofProject(em, caller, projectId, siteId, null, null, null);
        if ("trainer".equals(by)) {
            ProjectScope scope = ProjectScope.of(em, caller, selection.project(), siteId,
                    "feedback.results.siteNotFound");
            selection = new Selection(selection.project(), null, Selection.trainerSites(em, caller,
                    selection.project(), scope), 0, 0, 0, caller.accountId());
        }
        FeedbackResultSettings settings = FeedbackResultSettings.current();
        List<CompareRow> rows = new ArrayList<>();
        for (Object[] r : rows(selection, COMPARE.formatted(Selection.SQL, columns[0], columns[1], columns[2],
                columns[3]))) {
            long responses = num(r[4]);
            boolean tooFew = settings.tooFew(responses, Boolean.TRUE.equals(r[6]));
            rows.add(new CompareRow(num(r[0]), (String) r[1], (String) r[2], num(r[3]), responses, num(r[5]),
                    FeedbackFigures.rate(responses, num(r[5])), tooFew,
                    tooFew ? null : mean(r[7], r[8]), num(r[8]), tooFew ? null : mean(r[9], r[10]), num(r[10]),
                    tooFew ? null : mean(r[11], r[12]), num(r[12])));
        }
        return new Comparison(by, settings.minCell(), rows);
    }

    /** The project sites whose results the caller may see (the filter's choices). */
    public List<ProjectScope.Site> sites(long projectId) {
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        return List.copyOf(ProjectScope.of(em, currentCaller.get(), project, null, "feedback.results.siteNotFound")
                .sites().values());
    }

    /** Whether the caller may compare a project's trainers (the page shows that part with it). */
    public boolean canCompareTrainers(long projectId) {
        Caller caller = currentCaller.get();
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        try {
            Selection.trainerSites(em, caller, project, ProjectScope.of(em, caller, project, null,
                    "feedback.results.siteNotFound"));
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    // --- the figures --------------------------------------------------------------------------------------------

    private Results results(Selection selection, SessionHeader header, Filters filters) {
        FeedbackResultSettings settings = FeedbackResultSettings.current();
        long[] totals = totals(selection);
        boolean own = own(totals);
        long responses = totals[1];

        Map<Long, List<Object[]>> choices = new HashMap<>();
        Map<Long, Map<Integer, Long>> valueCounts = new HashMap<>();
        Map<Long, Object[]> stats = new HashMap<>();
        List<Object[]> questionRows = responses == 0 ? List.of() : rows(selection, QUESTIONS);
        if (!questionRows.isEmpty()) {
            for (Object[] c : rows(selection, CHOICES)) {
                choices.computeIfAbsent(num(c[0]), k -> new ArrayList<>()).add(c);
            }
            for (Object[] d : rows(selection, DISTRIBUTION)) {
                long lineage = num(d[1]);
                if (num(d[0]) != 0) {
                    stats.put(lineage, d);
                } else if (d[2] != null || d[3] != null) {
                    int value = (int) num(d[2] != null ? d[2] : d[3]);
                    valueCounts.computeIfAbsent(lineage, k -> new HashMap<>()).merge(value, num(d[4]), Long::sum);
                }
            }
        }
        questionRows = new ArrayList<>(questionRows);
        questionRows.sort(Comparator.<Object[]>comparingLong(q -> num(q[6])).thenComparingLong(q -> num(q[7]))
                .thenComparingLong(q -> num(q[8])));
        List<QuestionResult> questions = new ArrayList<>();
        for (Object[] q : questionRows) {
            long lineage = num(q[0]);
            QuestionKind kind = QuestionKind.valueOf((String) q[2]);
            Object[] stat = stats.get(lineage);
            long n = stat == null ? 0 : num(stat[5]);
            boolean tooFew = settings.tooFew(n, own);
            List<Bar> bars = new ArrayList<>();
            Double mean = null;
            Double median = null;
            if (!tooFew) {
                Map<Integer, Long> counts = valueCounts.getOrDefault(lineage, Map.of());
                if (kind == QuestionKind.LIKERT5 || kind == QuestionKind.RATING10) {
                    for (int v = kind.min(); v <= kind.max(); v++) {
                        long count = counts.getOrDefault(v, 0L);
                        bars.add(new Bar(v, null, null, count, percent(count, n)));
                    }
                    if (stat != null && n > 0) {
                        mean = FeedbackFigures.round2(((Number) stat[6]).doubleValue());
                        median = FeedbackFigures.round2(((Number) stat[7]).doubleValue());
                    }
                } else if (kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE) {
                    for (Object[] c : choices.getOrDefault(lineage, List.of())) {
                        int position = (int) num(c[1]);
                        long count = counts.getOrDefault(position, 0L);
                        bars.add(new Bar(position, (String) c[2], (String) c[3], count, percent(count, n)));
                    }
                }
            }
            questions.add(new QuestionResult(lineage, num(q[1]), kind,
                    q[3] == null ? null : Measure.valueOf((String) q[3]), (String) q[4], (String) q[5], n, tooFew,
                    mean, median, List.copyOf(bars)));
        }
        Project project = selection.project();
        return new Results(project.id(), project.code(), project.nameZh(), header, filters, totals[0], responses,
                totals[2], FeedbackFigures.rate(responses, totals[2]), settings.minCell(), own,
                settings.tooFew(responses, own), List.copyOf(questions));
    }

    private long[] totals(Selection selection) {
        Object[] row = rows(selection, TOTALS).get(0);
        return new long[] {num(row[0]), num(row[1]), num(row[2]), num(row[3])};
    }

    private static boolean own(long[] totals) {
        return totals[0] > 0 && totals[3] == 0;
    }

    private SessionHeader header(long sessionId) {
        Object[] h = (Object[]) em.createNativeQuery(HEADER).setParameter("id", sessionId).getSingleResult();
        return new SessionHeader(num(h[0]), num(h[1]), (String) h[2], num(h[3]), (String) h[4], (int) num(h[5]),
                (String) h[6], (String) h[7], SessionTime.local(instant(h[8])), (String) h[9], (String) h[10]);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Selection selection, String sql) {
        return selection.bind(em.createNativeQuery(sql)).getResultList();
    }

    private static Double mean(Object total, Object n) {
        return num(n) == 0 ? null : FeedbackFigures.round2(((Number) total).doubleValue() / num(n));
    }

    private static int percent(long count, long n) {
        return n == 0 ? 0 : (int) Math.round(count * 100.0 / n);
    }

    static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
