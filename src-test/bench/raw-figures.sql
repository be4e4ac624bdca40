-- The figures of one unit (its whole subtree), project and period, counted straight from the base tables
-- (training_session, attendance, enrolment, feedback_response/answer, activity), never from session_tally or the
-- report rollups: the raw side of national-bench.sh when the schema has no reporting_base_figures() (the figures'
-- own raw query, which also breaks the figures down by child unit). Semantics as the reporting design: sessions by
-- status and China day; expected, attended, contacts and sessions without a roll over HELD sessions; feedback and
-- mean satisfaction by session day; sites covered; enrolled and completed (distinct participant and site pairs;
-- completion rule: all lessons but one unless the project sets a number, late counts, excused does not).
-- psql variables: project, unit, from, to (dates).
with places as (
    select ps.id as ps_id, st.id as site_id
      from organisation_unit u
           join organisation_unit su on su.path like u.path || '%'
           join site st on st.unit_id = su.id
           join project_site ps on ps.site_id = st.id and ps.project_id = :project
     where u.id = :unit
),
sel as (
    select s.id, s.batch_id, s.status, session_tally_day(s.starts_at) as day, pl.site_id
      from training_session s join places pl on pl.ps_id = s.project_site_id
     where s.project_id = :project
       and s.starts_at >= (date :'from' + time '00:00') at time zone 'Asia/Shanghai'
       and s.starts_at < (date :'to' + 1 + time '00:00') at time zone 'Asia/Shanghai'
),
marks as (
    select a.session_id,
           count(*) filter (where not a.walk_in and a.status in ('PRESENT', 'LATE')) as attended,
           count(*) filter (where a.walk_in or a.status in ('PRESENT', 'LATE')) as contacts
      from attendance a join sel s on s.id = a.session_id and s.status = 'HELD'
     group by a.session_id
),
expect as (
    select s.id, count(*) as expected
      from sel s join enrolment e on e.batch_id = s.batch_id and e.enrolled_on <= s.day
                                 and (e.ended_on is null or e.ended_on > s.day)
     where s.status = 'HELD'
     group by s.id
),
sessions as (
    select count(*) filter (where s.status = 'PLANNED') as planned,
           count(*) filter (where s.status = 'HELD') as held,
           count(*) filter (where s.status = 'CANCELLED') as cancelled,
           count(*) filter (where s.status = 'HELD' and m.session_id is null) as without_roll,
           coalesce(sum(x.expected), 0) as expected, coalesce(sum(m.attended), 0) as attended,
           coalesce(sum(m.contacts), 0) as contacts,
           count(distinct s.site_id) filter (where s.status = 'HELD') as covered
      from sel s left join marks m on m.session_id = s.id left join expect x on x.id = s.id
),
feedback as (
    select count(distinct r.id) as responses,
           round(avg(fa.number_value) filter (where q.measure = 'SATISFACTION'), 2) as satisfaction
      from feedback_response r join sel s on s.id = r.session_id
           left join feedback_answer fa on fa.response_id = r.id
           left join feedback_question q on q.id = fa.question_id
),
rule as (
    select max(r.min_lessons) as min_lessons, coalesce(bool_and(r.late_counts), true) as late,
           coalesce(bool_and(r.excused_counts), false) as excused
      from project_completion_rule r where r.project_id = :project
),
lesson_counts as (
    select l.curriculum_id, count(*) as lessons from curriculum_lesson l group by l.curriculum_id
),
pairs as (
    select e.participant_id, pl.site_id, min(e.enrolled_on) as enrolled_on,
           case when bool_or(e.ended_on is null) then null else max(e.ended_on) end as ended_on,
           max(coalesce(lc.lessons, 0)) as lessons
      from enrolment e join batch b on b.id = e.batch_id join places pl on pl.ps_id = b.project_site_id
           left join lesson_counts lc on lc.curriculum_id = b.curriculum_id
     where e.project_id = :project
     group by e.participant_id, pl.site_id
),
lessons_attended as (
    select a.participant_id, count(distinct l.position) as n
      from attendance a join training_session s on s.id = a.session_id
           join curriculum_lesson l on l.id = s.lesson_id cross join rule
     where s.project_id = :project and s.status = 'HELD'
       and s.starts_at < (date :'to' + 1 + time '00:00') at time zone 'Asia/Shanghai'
       and a.participant_id in (select participant_id from pairs)
       and (a.status = 'PRESENT' or (a.status = 'LATE' and rule.late) or (a.status = 'EXCUSED' and rule.excused))
     group by a.participant_id
),
people as (
    select count(*) as enrolled,
           count(*) filter (where pt.kind = 'PARENT') as enrolled_parents,
           count(*) filter (where pt.kind = 'STUDENT') as enrolled_students,
           count(*) filter (where pt.kind = 'PEER_EDUCATOR') as enrolled_peer_educators,
           count(*) filter (where p.lessons > 0 and coalesce(la.n, 0)
                            >= least(coalesce(rule.min_lessons, greatest(p.lessons - 1, 1)), p.lessons)) as completed
      from pairs p join participant pt on pt.id = p.participant_id cross join rule
           left join lessons_attended la on la.participant_id = p.participant_id
     where p.enrolled_on <= date :'to' and (p.ended_on is null or p.ended_on >= date :'from')
),
reach as (
    select coalesce(sum(a.headcount), 0) as reached
      from activity a join organisation_unit au on au.id = a.unit_id
           join organisation_unit u on u.id = :unit and au.path like u.path || '%'
     where a.deleted_at is null and a.project_id = :project and a.held_on between date :'from' and date :'to'
)
select m.measure, m.value
  from sessions, feedback, people, reach
       cross join lateral (values
           ('SESSIONS_PLANNED', sessions.planned::numeric), ('SESSIONS_HELD', sessions.held),
           ('SESSIONS_CANCELLED', sessions.cancelled), ('SESSIONS_WITHOUT_ROLL', sessions.without_roll),
           ('EXPECTED', sessions.expected), ('ATTENDED', sessions.attended), ('CONTACTS', sessions.contacts),
           ('SITES_COVERED', sessions.covered), ('FEEDBACK_RESPONSES', feedback.responses),
           ('SATISFACTION_MEAN', feedback.satisfaction), ('ENROLLED', people.enrolled),
           ('ENROLLED_PARENTS', people.enrolled_parents), ('ENROLLED_STUDENTS', people.enrolled_students),
           ('ENROLLED_PEER_EDUCATORS', people.enrolled_peer_educators), ('COMPLETED', people.completed),
           ('REACHED', reach.reached)) m (measure, value);
