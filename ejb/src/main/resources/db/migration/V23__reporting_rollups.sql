-- Reporting rollups: the figures of a unit, project and period are sums over these rows, never counts over
-- attendance, so a province's or the nation's report costs the same whatever the number of marks behind it.
--
-- report_site_day: one row per project site and day (China time, as session_tally_day) with sessions: sessions by
--   status, the attendance figures of its HELD sessions (from session_tally), feedback, satisfaction, adjustments and
--   guidance visits. A day (not a month) so that any period, also a project period not aligned on months, is a sum
--   of whole rows; a site has about as many session days as session months, so rows are no more numerous.
-- report_participant: one row per project, participant and site of their enrolments there (kind, sex, first
--   enrolment, last end or null while enrolled) and the day they completed by the project's completion rule (null:
--   not yet), so ENROLLED and COMPLETED of any period are counts of rows without reading attendance.
--
-- Kept right in the writer's transaction by statement-level triggers (transition tables: one recount per statement
-- whatever its rows) on every table a figure depends on, and on session_tally, itself kept by the V15 triggers, so
-- its changes chain here. A trigger collects the keys the statement touched and recounts them from the base tables
-- under a transaction-scoped advisory lock per key, taken in key order: a concurrent writer of the same key waits for
-- the first to commit, and its recount (a new statement, so a new snapshot) then sees both changes. Recounting,
-- rather than adding deltas, keeps each rule in one query shared with the rebuild.
-- reporting_rollup_rebuild() recomputes everything (after a bulk load with triggers disabled, and for repair);
-- reporting_rollup_recount_sites(site ids) recomputes the rows of some sites.
--
-- Not followed by triggers (rare; a rebuild or a recount of the sites repairs them): lessons added to or removed from
-- a curriculum in use, and a project site moved to another site.

create table report_site_day (
    project_site_id        bigint        not null references project_site (id) on delete cascade,
    day                    date          not null,
    project_id             bigint        not null,
    site_id                bigint        not null,
    sessions_planned       integer       not null default 0,
    sessions_held          integer       not null default 0,
    sessions_cancelled     integer       not null default 0,
    -- HELD sessions without a single mark.
    sessions_without_roll  integer       not null default 0,
    -- Over HELD sessions: places expected, enrolled people present or late, and contacts (present, late, walk-ins).
    expected               integer       not null default 0,
    attended               integer       not null default 0,
    contacts               integer       not null default 0,
    -- Over all the day's sessions.
    feedback_responses     integer       not null default 0,
    satisfaction_sum       bigint        not null default 0,
    satisfaction_count     integer       not null default 0,
    adjustments            integer       not null default 0,
    guidance_visits        integer       not null default 0,
    primary key (project_site_id, day)
);
create index ix_report_site_day_project on report_site_day (project_id, day) include (project_site_id);

create table report_participant (
    project_id      bigint       not null,
    participant_id  bigint       not null,
    site_id         bigint       not null,
    kind            varchar(16)  not null,
    gender          varchar(8),
    -- The first enrolment at the site and the last end (null while one is active).
    enrolled_on     date         not null,
    ended_on        date,
    -- The day the completion rule was met by HELD sessions (the day of the lesson that met it); null: not met.
    completed_on    date,
    primary key (project_id, participant_id, site_id)
);
create index ix_report_participant_site on report_participant (project_id, site_id);
create index ix_report_participant_participant on report_participant (participant_id);

-- Indexes the recounts and the small figures read by.
create index if not exists ix_feedback_response_session on feedback_response (session_id);
create index if not exists ix_guidance_note_session_only on guidance_note (session_id);
create index if not exists ix_courseware_version_approved on courseware_version (status_changed_at)
    where status = 'APPROVED';
create index if not exists ix_peer_host_project_site on peer_host (project_id, site_id);
create index if not exists ix_batch_project on batch (project_id);
create index if not exists ix_project_site_site on project_site (site_id);

-- Keys are locked by bucket (1,024 of them): a statement touching a whole project takes at most that many advisory
-- locks (the shared lock table is small); two keys sharing a bucket only wait for each other.
create function reporting_lock_bucket(key text) returns integer
    language sql immutable parallel safe as $$ select cast(abs(hashtextextended(key, 0) % 1024) as integer) $$;

-- True while reporting_rollup_rebuild() runs: the triggers then leave the work to it.
create function reporting_rebuilding() returns boolean
    language sql stable as $$ select coalesce(current_setting('reporting.rebuilding', true), '') = 'on' $$;

-- The site-day rows of the sessions chosen by filter (a condition on training_session s; $1 and $2 its arguments).
create function reporting_site_day_insert(filter text, ps_ids bigint[], days date[]) returns void
    language plpgsql as $$
begin
    -- Grouped joins on the chosen sessions (not a lateral subquery per session): a rebuild hashes, a recount of a
    -- few keys walks the session indexes.
    execute format($sql$
        with sel as (
            select s.id, s.project_id, s.project_site_id, s.status, session_tally_day(s.starts_at) as day
              from training_session s where %s
        ),
        responses as (
            select r.session_id, count(*) as n from feedback_response r
             where r.session_id in (select id from sel) group by r.session_id
        ),
        satisfaction as (
            select r.session_id, sum(fa.number_value) as total, count(fa.number_value) as n
              from feedback_response r join feedback_answer fa on fa.response_id = r.id
                   join feedback_question q on q.id = fa.question_id and q.measure = 'SATISFACTION'
             where r.session_id in (select id from sel) group by r.session_id
        ),
        adjustments as (
            select x.session_id, count(*) as n from feedback_adjustment x
             where x.session_id in (select id from sel) group by x.session_id
        ),
        visits as (
            select x.session_id, count(*) as n from guidance_note x
             where x.session_id in (select id from sel) group by x.session_id
        )
        insert into report_site_day (project_site_id, day, project_id, site_id, sessions_planned, sessions_held,
                                     sessions_cancelled, sessions_without_roll, expected, attended, contacts,
                                     feedback_responses, satisfaction_sum, satisfaction_count, adjustments,
                                     guidance_visits)
        select s.project_site_id, s.day, min(s.project_id), min(ps.site_id),
               count(*) filter (where s.status = 'PLANNED'),
               count(*) filter (where s.status = 'HELD'),
               count(*) filter (where s.status = 'CANCELLED'),
               count(*) filter (where s.status = 'HELD' and coalesce(t.marked, 0) = 0),
               coalesce(sum(t.expected) filter (where s.status = 'HELD'), 0),
               coalesce(sum(t.present + t.late) filter (where s.status = 'HELD'), 0),
               coalesce(sum(t.present + t.late + t.walk_ins) filter (where s.status = 'HELD'), 0),
               coalesce(sum(r.n), 0), coalesce(sum(sa.total), 0), coalesce(sum(sa.n), 0),
               coalesce(sum(j.n), 0), coalesce(sum(v.n), 0)
          from sel s
               join project_site ps on ps.id = s.project_site_id
               left join session_tally t on t.session_id = s.id
               left join responses r on r.session_id = s.id
               left join satisfaction sa on sa.session_id = s.id
               left join adjustments j on j.session_id = s.id
               left join visits v on v.session_id = s.id
         group by s.project_site_id, s.day
        $sql$, filter) using ps_ids, days;
end $$;

-- Recounts the site-days of the given (project site, day) keys: lock, forget, count again.
create function reporting_site_day_recount(ps_ids bigint[], days date[]) returns void language plpgsql as $$
begin
    if ps_ids is null or cardinality(ps_ids) = 0 then
        return;
    end if;
    perform pg_advisory_xact_lock(7023, k.bucket)
       from (select distinct reporting_lock_bucket(ps || ':' || d) as bucket from unnest(ps_ids, days) as u(ps, d)
              order by 1) k;
    delete from report_site_day r using unnest(ps_ids, days) as u(ps, d)
     where r.project_site_id = u.ps and r.day = u.d;
    perform reporting_site_day_insert(
        $f$(s.project_site_id, session_tally_day(s.starts_at)) in (select * from unnest($1, $2))
           and s.project_site_id = any($1)$f$, ps_ids, days);
end $$;

-- The keys of some sessions (existing ones).
create function reporting_site_day_recount_sessions(ids bigint[]) returns void language plpgsql as $$
declare
    ps_ids bigint[];
    days date[];
begin
    select array_agg(s.project_site_id), array_agg(session_tally_day(s.starts_at)) into ps_ids, days
      from training_session s where s.id = any(ids);
    perform reporting_site_day_recount(ps_ids, days);
end $$;

-- The report_participant rows of the participants chosen by filter (a condition on a column named participant_id;
-- $1 its argument): pairs from enrolment, the lesson positions from attendance at HELD sessions of the project.
create function reporting_participant_insert(filter text, a1 bigint[]) returns void language plpgsql as $$
begin
    execute format($sql$
        with pairs as (
            select e.project_id, e.participant_id, ps.site_id, min(e.enrolled_on) as enrolled_on,
                   case when bool_or(e.ended_on is null) then null else max(e.ended_on) end as ended_on,
                   max(coalesce(lc.lessons, 0)) as lessons
              from (select * from enrolment where %1$s) e
                   join batch b on b.id = e.batch_id join project_site ps on ps.id = b.project_site_id
                   left join lateral (select count(*) as lessons from curriculum_lesson l
                                       where l.curriculum_id = b.curriculum_id) lc on true
             group by e.project_id, e.participant_id, ps.site_id
        ),
        lesson_days as (
            select s.project_id, a.participant_id, l.position, min(session_tally_day(s.starts_at)) as first_day
              from (select * from attendance where %1$s) a
                   join training_session s on s.id = a.session_id
                   join curriculum_lesson l on l.id = s.lesson_id
                   left join project_completion_rule r on r.project_id = s.project_id
             where s.status = 'HELD'
               and (a.status = 'PRESENT' or (a.status = 'LATE' and coalesce(r.late_counts, true))
                    or (a.status = 'EXCUSED' and coalesce(r.excused_counts, false)))
             group by s.project_id, a.participant_id, l.position
        ),
        ranked as (
            select project_id, participant_id, first_day,
                   row_number() over (partition by project_id, participant_id order by first_day) as n
              from lesson_days
        )
        insert into report_participant (project_id, participant_id, site_id, kind, gender, enrolled_on, ended_on,
                                        completed_on)
        select pr.project_id, pr.participant_id, pr.site_id, p.kind, p.gender, pr.enrolled_on, pr.ended_on,
               case when pr.lessons > 0 then k.first_day end
          from pairs pr join participant p on p.id = pr.participant_id
               left join project_completion_rule r on r.project_id = pr.project_id
               left join ranked k on k.project_id = pr.project_id and k.participant_id = pr.participant_id
                    and k.n = least(coalesce(r.min_lessons, greatest(pr.lessons - 1, 1)), pr.lessons)
        $sql$, filter) using a1;
end $$;

-- Recounts all report_participant rows of the given participants.
create function reporting_participant_recount(ids bigint[]) returns void language plpgsql as $$
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    perform pg_advisory_xact_lock(7024, k.bucket)
       from (select distinct reporting_lock_bucket(id::text) as bucket from unnest(ids) as u(id) order by 1) k;
    delete from report_participant where participant_id = any(ids);
    perform reporting_participant_insert('participant_id = any($1)', ids);
end $$;

-- Everything again from the base tables (session_tally included).
create function reporting_rollup_rebuild() returns void language plpgsql as $$
begin
    perform set_config('reporting.rebuilding', 'on', true);
    perform session_tally_recount(array(select id from training_session));
    truncate report_site_day, report_participant;
    perform reporting_site_day_insert('true', null, null);
    perform reporting_participant_insert('true', null::bigint[]);
    analyze report_site_day;
    analyze report_participant;
    perform set_config('reporting.rebuilding', 'off', true);
end $$;

-- The rows of some sites again: their site-days and the people enrolled there (all their rows).
create function reporting_rollup_recount_sites(site_ids bigint[]) returns void language plpgsql as $$
declare
    keys record;
begin
    perform session_tally_recount(array(select s.id from training_session s join project_site ps
                                         on ps.id = s.project_site_id where ps.site_id = any(site_ids)));
    select array_agg(k.ps) as ps, array_agg(k.d) as d into keys
      from (select project_site_id as ps, day as d from report_site_day where site_id = any(site_ids)
            union
            select s.project_site_id, session_tally_day(s.starts_at) from training_session s
                   join project_site ps on ps.id = s.project_site_id where ps.site_id = any(site_ids)) k;
    perform reporting_site_day_recount(keys.ps, keys.d);
    perform reporting_participant_recount(array(
        select distinct e.participant_id from enrolment e join batch b on b.id = e.batch_id
               join project_site ps on ps.id = b.project_site_id where ps.site_id = any(site_ids)
        union select participant_id from report_participant where site_id = any(site_ids)));
end $$;

-- ---------------------------------------------------------------------------------------------------------------
-- Triggers. Each passes the keys its statement touched; the ones without the needed transition table get none.

-- session_tally (attendance, enrolment and new or moved sessions all land here).
create function reporting_on_session_tally() returns trigger language plpgsql as $$
begin
    if reporting_rebuilding() then
        return null;
    end if;
    perform reporting_site_day_recount_sessions(array(select session_id from new_tallies));
    return null;
end $$;
create trigger reporting_session_tally_insert after insert on session_tally
    referencing new table as new_tallies for each statement execute function reporting_on_session_tally();
create trigger reporting_session_tally_update after update on session_tally
    referencing new table as new_tallies for each statement execute function reporting_on_session_tally();

-- training_session: status, day, site, lesson or project changed; deleted.
create function reporting_on_session() returns trigger language plpgsql as $$
declare
    ps_ids bigint[];
    days date[];
begin
    if reporting_rebuilding() then
        return null;
    end if;
    if tg_op = 'DELETE' then
        select array_agg(project_site_id), array_agg(session_tally_day(starts_at)) into ps_ids, days
          from old_sessions;
        perform reporting_site_day_recount(ps_ids, days);
        return null;
    end if;
    if tg_op = 'INSERT' then
        select array_agg(project_site_id), array_agg(session_tally_day(starts_at)) into ps_ids, days
          from new_sessions;
        perform reporting_site_day_recount(ps_ids, days);
        return null;
    end if;
    select array_agg(k.ps), array_agg(k.d) into ps_ids, days
      from (select n.project_site_id as ps, session_tally_day(n.starts_at) as d
              from new_sessions n join old_sessions o on o.id = n.id
             where (n.status, n.project_site_id, n.project_id, session_tally_day(n.starts_at))
                   is distinct from (o.status, o.project_site_id, o.project_id, session_tally_day(o.starts_at))
            union
            select o.project_site_id, session_tally_day(o.starts_at)
              from new_sessions n join old_sessions o on o.id = n.id
             where (n.status, n.project_site_id, n.project_id, session_tally_day(n.starts_at))
                   is distinct from (o.status, o.project_site_id, o.project_id, session_tally_day(o.starts_at))) k;
    perform reporting_site_day_recount(ps_ids, days);
    perform reporting_participant_recount(array(
        select distinct a.participant_id from attendance a
         where a.session_id in (select n.id from new_sessions n join old_sessions o on o.id = n.id
                                 where (n.status, n.lesson_id, n.project_id, session_tally_day(n.starts_at))
                                       is distinct from
                                       (o.status, o.lesson_id, o.project_id, session_tally_day(o.starts_at)))));
    return null;
end $$;
create trigger reporting_session_insert after insert on training_session
    referencing new table as new_sessions for each statement execute function reporting_on_session();
create trigger reporting_session_update after update on training_session
    referencing old table as old_sessions new table as new_sessions
    for each statement execute function reporting_on_session();
create trigger reporting_session_delete after delete on training_session
    referencing old table as old_sessions for each statement execute function reporting_on_session();

-- Rows that point at a session: feedback responses, adjustments, guidance notes (old and new session ids).
create function reporting_on_session_child() returns trigger language plpgsql as $$
begin
    if reporting_rebuilding() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform reporting_site_day_recount_sessions(array(select session_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform reporting_site_day_recount_sessions(array(select session_id from old_rows));
    else
        perform reporting_site_day_recount_sessions(array(select session_id from new_rows
                                                          union select session_id from old_rows));
    end if;
    return null;
end $$;
create trigger reporting_feedback_response_insert after insert on feedback_response
    referencing new table as new_rows for each statement execute function reporting_on_session_child();
create trigger reporting_feedback_response_update after update on feedback_response
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_on_session_child();
create trigger reporting_feedback_response_delete after delete on feedback_response
    referencing old table as old_rows for each statement execute function reporting_on_session_child();
create trigger reporting_feedback_adjustment_insert after insert on feedback_adjustment
    referencing new table as new_rows for each statement execute function reporting_on_session_child();
create trigger reporting_feedback_adjustment_update after update on feedback_adjustment
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_on_session_child();
create trigger reporting_feedback_adjustment_delete after delete on feedback_adjustment
    referencing old table as old_rows for each statement execute function reporting_on_session_child();
create trigger reporting_guidance_note_insert after insert on guidance_note
    referencing new table as new_rows for each statement execute function reporting_on_session_child();
create trigger reporting_guidance_note_update after update on guidance_note
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_on_session_child();
create trigger reporting_guidance_note_delete after delete on guidance_note
    referencing old table as old_rows for each statement execute function reporting_on_session_child();

-- Answers to satisfaction questions: the sessions of their responses.
create function reporting_on_feedback_answer() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select response_id, question_id from new_rows'
        when 'DELETE' then 'select response_id, question_id from old_rows'
        else 'select response_id, question_id from new_rows union select response_id, question_id from old_rows'
        end;
    ids bigint[];
begin
    if reporting_rebuilding() then
        return null;
    end if;
    execute format($sql$
        select array(select distinct r.session_id from (%s) c join feedback_response r on r.id = c.response_id
                       join feedback_question q on q.id = c.question_id where q.measure = 'SATISFACTION')
        $sql$, changed) into ids;
    perform reporting_site_day_recount_sessions(ids);
    return null;
end $$;
create trigger reporting_feedback_answer_insert after insert on feedback_answer
    referencing new table as new_rows for each statement execute function reporting_on_feedback_answer();
create trigger reporting_feedback_answer_update after update on feedback_answer
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_on_feedback_answer();
create trigger reporting_feedback_answer_delete after delete on feedback_answer
    referencing old table as old_rows for each statement execute function reporting_on_feedback_answer();

-- Rows that name a participant: attendance, enrolment, the participant (kind, sex).
create function reporting_on_participant_row() returns trigger language plpgsql as $$
declare
    column_name text := case tg_table_name when 'participant' then 'id' else 'participant_id' end;
    changed text := case tg_op
        when 'INSERT' then format('select %I as participant_id from new_rows', column_name)
        when 'DELETE' then format('select %I as participant_id from old_rows', column_name)
        else format('select %1$I as participant_id from new_rows union select %1$I from old_rows', column_name) end;
    ids bigint[];
begin
    if reporting_rebuilding() then
        return null;
    end if;
    execute format('select array(select distinct participant_id from (%s) c)', changed) into ids;
    perform reporting_participant_recount(ids);
    return null;
end $$;
create trigger reporting_attendance_insert after insert on attendance
    referencing new table as new_rows for each statement execute function reporting_on_participant_row();
create trigger reporting_attendance_update after update on attendance
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_on_participant_row();
create trigger reporting_attendance_delete after delete on attendance
    referencing old table as old_rows for each statement execute function reporting_on_participant_row();
create trigger reporting_enrolment_insert after insert on enrolment
    referencing new table as new_rows for each statement execute function reporting_on_participant_row();
create trigger reporting_enrolment_update after update on enrolment
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_on_participant_row();
create trigger reporting_enrolment_delete after delete on enrolment
    referencing old table as old_rows for each statement execute function reporting_on_participant_row();
create trigger reporting_participant_update after update on participant
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_on_participant_row();

-- A completion rule or a batch's site or curriculum changed: everybody of those projects or batches.
create function reporting_on_rule_or_batch() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select %1$s from new_rows'
        when 'DELETE' then 'select %1$s from old_rows'
        else 'select %1$s from new_rows union select %1$s from old_rows' end;
    ids bigint[];
begin
    if reporting_rebuilding() then
        return null;
    end if;
    if tg_table_name = 'batch' then
        execute format('select array(select distinct participant_id from enrolment where batch_id in ('
                       || format(changed, 'id') || '))') into ids;
    else
        execute format('select array(select distinct participant_id from enrolment where project_id in ('
                       || format(changed, 'project_id') || '))') into ids;
    end if;
    perform reporting_participant_recount(ids);
    return null;
end $$;
create trigger reporting_rule_insert after insert on project_completion_rule
    referencing new table as new_rows for each statement execute function reporting_on_rule_or_batch();
create trigger reporting_rule_update after update on project_completion_rule
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_on_rule_or_batch();
create trigger reporting_rule_delete after delete on project_completion_rule
    referencing old table as old_rows for each statement execute function reporting_on_rule_or_batch();
create trigger reporting_batch_update after update on batch
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_on_rule_or_batch();

select reporting_rollup_rebuild();

-- ---------------------------------------------------------------------------------------------------------------
-- Figures. Both functions answer the same rows for a project, a unit (its whole subtree), a period (days, both
-- included) and optionally the project sites the caller may see (null: all): one row per measure of the unit in all
-- (level TOTAL, id = the unit) and of each child: a child unit (UNIT) or a site placed directly in the unit (SITE,
-- id = the site). A rate or mean with nothing to divide is left out. reporting_figures reads the rollups;
-- reporting_base_figures counts the same from the base tables (the equivalent raw aggregate, for checks and
-- benchmarks). Usable from psql: select * from reporting_figures(project, unit, date 'from', date 'to');

-- The project's sites in the unit's subtree and the child each falls under: the child unit is the path element one
-- level below the unit (paths are '/1/51/101/'), so no join per child; a site placed in the unit itself is a child.
create function reporting_places(p_project bigint, p_unit bigint, p_sites bigint[])
    returns table (ps_id bigint, site_id bigint, lvl text, cid bigint)
    language sql stable as $$
    select ps.id, st.id, case when su.id = u.id then 'SITE' else 'UNIT' end,
           case when su.id = u.id then st.id else cast(split_part(su.path, '/', u.depth + 3) as bigint) end
      from organisation_unit u
           join organisation_unit su on su.path like u.path || '%'
           join site st on st.unit_id = su.id
           join project_site ps on ps.site_id = st.id and ps.project_id = p_project
     where u.id = p_unit and (p_sites is null or ps.id = any(p_sites))
$$;

-- Activities, peer sessions, hosts, courseware and money: small tables, read directly by both.
create function reporting_small_figures(p_project bigint, p_unit bigint, p_from date, p_to date, p_sites bigint[])
    returns table (child_level text, child_id bigint, measure text, value numeric)
    language sql stable as $$
    with places as (select * from reporting_places(p_project, p_unit, p_sites)),
    reach as (
        select grouping(x.lvl, x.cid) as g, x.lvl, x.cid,
               sum(a.headcount) as reached,
               sum(a.headcount) filter (where a.type = 'LECTURE') as lecture,
               sum(a.headcount) filter (where a.type = 'CONSULTATION') as consultation,
               sum(a.headcount) filter (where a.type = 'CAMPAIGN') as campaign,
               sum(a.headcount) filter (where a.type = 'VOLUNTEER_SERVICE') as volunteer,
               sum(a.headcount) filter (where a.type = 'FAMILY_VISIT') as family,
               sum(a.headcount) filter (where a.type = 'OTHER') as other
          from activity a join organisation_unit au on au.id = a.unit_id
               join organisation_unit u on u.id = p_unit and au.path like u.path || '%'
               left join site ds on au.id = u.id and ds.id = a.site_id and ds.unit_id = p_unit
               cross join lateral (select case when au.id <> u.id then 'UNIT'
                                               when ds.id is not null then 'SITE' end as lvl,
                                          case when au.id <> u.id
                                               then cast(split_part(au.path, '/', u.depth + 3) as bigint)
                                               else ds.id end as cid) x
         where a.deleted_at is null and a.project_id = p_project and a.held_on between p_from and p_to
         group by grouping sets ((x.lvl, x.cid), ())
    ),
    peers as (
        select grouping(pl.lvl, pl.cid) as g, pl.lvl, pl.cid, sum(p.headcount_total) as reached, count(*) as held
          from peer_session p join peer_host h on h.id = p.host_id join places pl on pl.site_id = h.site_id
         where h.project_id = p_project and p.status = 'HELD'
           and p.starts_at >= p_from and p.starts_at < p_to + 1
         group by grouping sets ((pl.lvl, pl.cid), ())
    ),
    hosts as (
        select grouping(pl.lvl, pl.cid) as g, pl.lvl, pl.cid, count(*) as certified
          from peer_host h join places pl on pl.site_id = h.site_id
         where h.project_id = p_project and session_tally_day(h.certified_at) between p_from and p_to
         group by grouping sets ((pl.lvl, pl.cid), ())
    ),
    courseware as (
        select grouping(pl.lvl, pl.cid) as g, pl.lvl, pl.cid, count(*) as approved
          from courseware_version v join courseware cw on cw.id = v.courseware_id
               join places pl on pl.ps_id = cw.project_site_id
         where v.status = 'APPROVED'
           and v.status_changed_at >= (p_from + time '00:00') at time zone 'Asia/Shanghai'
           and v.status_changed_at < (p_to + 1 + time '00:00') at time zone 'Asia/Shanghai'
         group by grouping sets ((pl.lvl, pl.cid), ())
    ),
    money as (
        select 1 as g, null::text as lvl, null::bigint as cid, p.budget_cny as budget,
               (select coalesce(sum(f.amount_cny), 0) from fund_use f
                 where f.project_id = p.id and f.spent_on between p_from and p_to) as spent
          from project p where p.id = p_project and p.owner_unit_id = p_unit
    ),
    rows as (
        select r.g, r.lvl, r.cid, v.measure, v.value
          from reach r cross join lateral (values ('REACHED', r.reached), ('REACHED_LECTURE', r.lecture),
                   ('REACHED_CONSULTATION', r.consultation), ('REACHED_CAMPAIGN', r.campaign),
                   ('REACHED_VOLUNTEER_SERVICE', r.volunteer), ('REACHED_FAMILY_VISIT', r.family),
                   ('REACHED_OTHER', r.other)) v(measure, value)
         where r.g <> 0 or r.lvl is not null
        union all
        select r.g, r.lvl, r.cid, v.measure, v.value
          from peers r cross join lateral (values ('REACHED_BY_PEERS', r.reached),
                   ('PEER_SESSIONS_HELD', r.held)) v(measure, value)
        union all
        select r.g, r.lvl, r.cid, 'HOSTS_CERTIFIED', r.certified from hosts r
        union all
        select r.g, r.lvl, r.cid, 'COURSEWARE_APPROVED', r.approved from courseware r
        union all
        select r.g, r.lvl, r.cid, v.measure, v.value
          from money r cross join lateral (values ('BUDGET', r.budget), ('FUNDS_SPENT', r.spent)) v(measure, value)
    )
    select case when g <> 0 then 'TOTAL' else lvl end, case when g <> 0 then p_unit else cid end, measure,
           coalesce(value, 0)
      from rows
$$;

-- The session and people measures of grouped rows, as (level, id, measure, value) rows.
create function reporting_unpivot(g integer, lvl text, cid bigint, p_unit bigint, planned numeric, held numeric,
        cancelled numeric, without_roll numeric, expected numeric, attended numeric, contacts numeric, responses numeric,
        sat_sum numeric, sat_count numeric, adjustments numeric, guidance numeric, covered numeric)
    returns table (child_level text, child_id bigint, measure text, value numeric)
    language sql immutable as $$
    select case when g <> 0 then 'TOTAL' else lvl end, case when g <> 0 then p_unit else cid end, v.measure, v.value
      from (values ('SESSIONS_PLANNED', coalesce(planned, 0)), ('SESSIONS_HELD', coalesce(held, 0)), ('SESSIONS_CANCELLED', coalesce(cancelled, 0)),
                   ('SESSIONS_WITHOUT_ROLL', coalesce(without_roll, 0)), ('EXPECTED', coalesce(expected, 0)), ('ATTENDED', coalesce(attended, 0)),
                   ('ATTENDANCE_RATE', round(attended::numeric / nullif(expected, 0), 4)),
                   ('CONTACTS', coalesce(contacts, 0)), ('FEEDBACK_RESPONSES', coalesce(responses, 0)),
                   ('FEEDBACK_RESPONSE_RATE', round(responses::numeric / nullif(contacts, 0), 4)),
                   ('SATISFACTION_MEAN', round(sat_sum::numeric / nullif(sat_count, 0), 2)),
                   ('ADJUSTMENTS', coalesce(adjustments, 0)), ('GUIDANCE_VISITS', coalesce(guidance, 0)), ('SITES_COVERED', coalesce(covered, 0))) v(measure, value)
     where v.value is not null
$$;

create function reporting_unpivot_people(g integer, lvl text, cid bigint, p_unit bigint, enrolled numeric,
        e_parents numeric, e_students numeric, e_peers numeric, e_female numeric, e_male numeric, completed numeric,
        c_parents numeric, c_students numeric, c_peers numeric, c_female numeric, c_male numeric)
    returns table (child_level text, child_id bigint, measure text, value numeric)
    language sql immutable as $$
    select case when g <> 0 then 'TOTAL' else lvl end, case when g <> 0 then p_unit else cid end, v.measure, v.value
      from (values ('ENROLLED', coalesce(enrolled, 0)), ('ENROLLED_PARENTS', coalesce(e_parents, 0)), ('ENROLLED_STUDENTS', coalesce(e_students, 0)),
                   ('ENROLLED_PEER_EDUCATORS', coalesce(e_peers, 0)), ('ENROLLED_FEMALE', coalesce(e_female, 0)), ('ENROLLED_MALE', coalesce(e_male, 0)),
                   ('COMPLETED', coalesce(completed, 0)), ('COMPLETED_PARENTS', coalesce(c_parents, 0)), ('COMPLETED_STUDENTS', coalesce(c_students, 0)),
                   ('COMPLETED_PEER_EDUCATORS', coalesce(c_peers, 0)), ('COMPLETED_FEMALE', coalesce(c_female, 0)),
                   ('COMPLETED_MALE', coalesce(c_male, 0))) v(measure, value)
$$;

create function reporting_figures(p_project bigint, p_unit bigint, p_from date, p_to date,
        p_sites bigint[] default null)
    returns table (child_level text, child_id bigint, measure text, value numeric)
    language sql stable as $$
    with places as (select * from reporting_places(p_project, p_unit, p_sites)),
    sessions as (
        select grouping(pl.lvl, pl.cid) as g, pl.lvl, pl.cid,
               sum(r.sessions_planned) as planned, sum(r.sessions_held) as held,
               sum(r.sessions_cancelled) as cancelled, sum(r.sessions_without_roll) as without_roll,
               sum(r.expected) as expected, sum(r.attended) as attended, sum(r.contacts) as contacts,
               sum(r.feedback_responses) as responses, sum(r.satisfaction_sum) as sat_sum,
               sum(r.satisfaction_count) as sat_count, sum(r.adjustments) as adjustments,
               sum(r.guidance_visits) as guidance,
               count(distinct r.site_id) filter (where r.sessions_held > 0) as covered
          from report_site_day r join places pl on pl.ps_id = r.project_site_id
         where r.project_id = p_project and r.day between p_from and p_to
         group by grouping sets ((pl.lvl, pl.cid), ())
    ),
    people as (
        select grouping(pl.lvl, pl.cid) as g, pl.lvl, pl.cid,
               count(*) as enrolled,
               count(*) filter (where rp.kind = 'PARENT') as e_parents,
               count(*) filter (where rp.kind = 'STUDENT') as e_students,
               count(*) filter (where rp.kind = 'PEER_EDUCATOR') as e_peers,
               count(*) filter (where rp.gender = 'FEMALE') as e_female,
               count(*) filter (where rp.gender = 'MALE') as e_male,
               count(*) filter (where rp.completed_on <= p_to) as completed,
               count(*) filter (where rp.completed_on <= p_to and rp.kind = 'PARENT') as c_parents,
               count(*) filter (where rp.completed_on <= p_to and rp.kind = 'STUDENT') as c_students,
               count(*) filter (where rp.completed_on <= p_to and rp.kind = 'PEER_EDUCATOR') as c_peers,
               count(*) filter (where rp.completed_on <= p_to and rp.gender = 'FEMALE') as c_female,
               count(*) filter (where rp.completed_on <= p_to and rp.gender = 'MALE') as c_male
          from report_participant rp join places pl on pl.site_id = rp.site_id
         where rp.project_id = p_project and rp.enrolled_on <= p_to
           and (rp.ended_on is null or rp.ended_on >= p_from)
         group by grouping sets ((pl.lvl, pl.cid), ())
    )
    select u.* from sessions s cross join lateral reporting_unpivot(s.g, s.lvl, s.cid, p_unit, s.planned, s.held,
           s.cancelled, s.without_roll, s.expected, s.attended, s.contacts, s.responses, s.sat_sum, s.sat_count,
           s.adjustments, s.guidance, s.covered) u
    union all
    select u.* from people s cross join lateral reporting_unpivot_people(s.g, s.lvl, s.cid, p_unit, s.enrolled,
           s.e_parents, s.e_students, s.e_peers, s.e_female, s.e_male, s.completed, s.c_parents, s.c_students,
           s.c_peers, s.c_female, s.c_male) u
    union all
    select * from reporting_small_figures(p_project, p_unit, p_from, p_to, p_sites)
$$;

-- The sites go to a temporary table first, analysed: the planner then knows how many there are (a path prefix join
-- is estimated at a few rows, which led it into nested loops over a whole nation's attendance).
create function reporting_base_figures(p_project bigint, p_unit bigint, p_from date, p_to date,
        p_sites bigint[] default null)
    returns table (child_level text, child_id bigint, measure text, value numeric)
    language plpgsql as $$
#variable_conflict use_column
begin
    create temporary table if not exists reporting_base_places (ps_id bigint, site_id bigint, lvl text, cid bigint)
        on commit drop;
    truncate reporting_base_places;
    insert into reporting_base_places select * from reporting_places(p_project, p_unit, p_sites);
    analyze reporting_base_places;
    return query
    with places as (select * from reporting_base_places),
    sel as (
        select s.id, s.batch_id, s.status, session_tally_day(s.starts_at) as day, pl.site_id, pl.lvl, pl.cid
          from training_session s join places pl on pl.ps_id = s.project_site_id
         where s.project_id = p_project
           and s.starts_at >= (p_from + time '00:00') at time zone 'Asia/Shanghai'
           and s.starts_at < (p_to + 1 + time '00:00') at time zone 'Asia/Shanghai'
    ),
    marks as (
        select a.session_id, count(*) as marked,
               count(*) filter (where not a.walk_in and a.status in ('PRESENT', 'LATE')) as attended,
               count(*) filter (where a.walk_in or a.status in ('PRESENT', 'LATE')) as contacts
          from attendance a where a.session_id in (select id from sel where status = 'HELD')
         group by a.session_id
    ),
    expect as (
        select s.id as session_id, count(*) as expected
          from sel s join enrolment e on e.batch_id = s.batch_id and e.enrolled_on <= s.day
                                     and (e.ended_on is null or e.ended_on > s.day)
         where s.status = 'HELD'
         group by s.id
    ),
    responses as (
        select r.session_id, count(*) as n from feedback_response r
         where r.session_id in (select id from sel) group by r.session_id
    ),
    satisfaction as (
        select r.session_id, sum(fa.number_value) as total, count(fa.number_value) as n
          from feedback_response r join feedback_answer fa on fa.response_id = r.id
               join feedback_question q on q.id = fa.question_id and q.measure = 'SATISFACTION'
         where r.session_id in (select id from sel) group by r.session_id
    ),
    adjustments as (
        select x.session_id, count(*) as n from feedback_adjustment x
         where x.session_id in (select id from sel) group by x.session_id
    ),
    visits as (
        select x.session_id, count(*) as n from guidance_note x
         where x.session_id in (select id from sel) group by x.session_id
    ),
    sessions as (
        select grouping(s.lvl, s.cid) as g, s.lvl, s.cid,
               count(*) filter (where s.status = 'PLANNED') as planned,
               count(*) filter (where s.status = 'HELD') as held,
               count(*) filter (where s.status = 'CANCELLED') as cancelled,
               count(*) filter (where s.status = 'HELD' and m.session_id is null) as without_roll,
               coalesce(sum(x.expected) filter (where s.status = 'HELD'), 0) as expected,
               coalesce(sum(m.attended), 0) as attended, coalesce(sum(m.contacts), 0) as contacts,
               coalesce(sum(r.n), 0) as responses, coalesce(sum(sa.total), 0) as sat_sum,
               coalesce(sum(sa.n), 0) as sat_count, coalesce(sum(j.n), 0) as adjustments,
               coalesce(sum(v.n), 0) as guidance,
               count(distinct s.site_id) filter (where s.status = 'HELD') as covered
          from sel s left join marks m on m.session_id = s.id left join expect x on x.session_id = s.id
               left join responses r on r.session_id = s.id left join satisfaction sa on sa.session_id = s.id
               left join adjustments j on j.session_id = s.id left join visits v on v.session_id = s.id
         group by grouping sets ((s.lvl, s.cid), ())
    ),
    pairs as (
        select e.participant_id, pl.site_id, pl.lvl, pl.cid, min(e.enrolled_on) as enrolled_on,
               case when bool_or(e.ended_on is null) then null else max(e.ended_on) end as ended_on,
               max(coalesce((select count(*) from curriculum_lesson l where l.curriculum_id = b.curriculum_id), 0))
                   as lessons
          from enrolment e join batch b on b.id = e.batch_id join places pl on pl.ps_id = b.project_site_id
         where e.project_id = p_project
         group by e.participant_id, pl.site_id, pl.lvl, pl.cid
    ),
    rule as (
        select coalesce(max(r.min_lessons), null) as min_lessons, coalesce(bool_and(r.late_counts), true) as late,
               coalesce(bool_and(r.excused_counts), false) as excused
          from project_completion_rule r where r.project_id = p_project
    ),
    lessons_attended as (
        select a.participant_id, count(distinct l.position) as n
          from attendance a join training_session s on s.id = a.session_id
               join curriculum_lesson l on l.id = s.lesson_id cross join rule
         where s.project_id = p_project and s.status = 'HELD'
           and s.starts_at < (p_to + 1 + time '00:00') at time zone 'Asia/Shanghai'
           and a.participant_id in (select participant_id from pairs)
           and (a.status = 'PRESENT' or (a.status = 'LATE' and rule.late) or (a.status = 'EXCUSED' and rule.excused))
         group by a.participant_id
    ),
    counted as (
        select p.*, pt.kind, pt.gender,
               p.lessons > 0 and coalesce(la.n, 0)
                   >= least(coalesce(rule.min_lessons, greatest(p.lessons - 1, 1)), p.lessons) as done
          from pairs p join participant pt on pt.id = p.participant_id cross join rule
               left join lessons_attended la on la.participant_id = p.participant_id
         where p.enrolled_on <= p_to and (p.ended_on is null or p.ended_on >= p_from)
    ),
    people as (
        select grouping(c.lvl, c.cid) as g, c.lvl, c.cid,
               count(*) as enrolled,
               count(*) filter (where c.kind = 'PARENT') as e_parents,
               count(*) filter (where c.kind = 'STUDENT') as e_students,
               count(*) filter (where c.kind = 'PEER_EDUCATOR') as e_peers,
               count(*) filter (where c.gender = 'FEMALE') as e_female,
               count(*) filter (where c.gender = 'MALE') as e_male,
               count(*) filter (where c.done) as completed,
               count(*) filter (where c.done and c.kind = 'PARENT') as c_parents,
               count(*) filter (where c.done and c.kind = 'STUDENT') as c_students,
               count(*) filter (where c.done and c.kind = 'PEER_EDUCATOR') as c_peers,
               count(*) filter (where c.done and c.gender = 'FEMALE') as c_female,
               count(*) filter (where c.done and c.gender = 'MALE') as c_male
          from counted c
         group by grouping sets ((c.lvl, c.cid), ())
    )
    select u.* from sessions s cross join lateral reporting_unpivot(s.g, s.lvl, s.cid, p_unit, s.planned, s.held,
           s.cancelled, s.without_roll, s.expected, s.attended, s.contacts, s.responses, s.sat_sum, s.sat_count,
           s.adjustments, s.guidance, s.covered) u
    union all
    select u.* from people s cross join lateral reporting_unpivot_people(s.g, s.lvl, s.cid, p_unit, s.enrolled,
           s.e_parents, s.e_students, s.e_peers, s.e_female, s.e_male, s.completed, s.c_parents, s.c_students,
           s.c_peers, s.c_female, s.c_male) u
    union all
    select * from reporting_small_figures(p_project, p_unit, p_from, p_to, p_sites);
end $$;

-- What a target's measure achieved over a period, per site (null for an activity recorded at a unit) with the path of
-- the unit it counts under: a unit's or an allocation's achieved is the sum of the rows in its subtree or at its site.
-- Counts only (rates, means and money are not broken down to allocations).
create function reporting_measure_facts(p_project bigint, p_measure text, p_from date, p_to date)
    returns table (site_id bigint, unit_path varchar, value bigint)
    language plpgsql stable as $$
declare
    site_day_column text := case p_measure
        when 'SESSIONS_PLANNED' then 'sessions_planned' when 'SESSIONS_HELD' then 'sessions_held'
        when 'SESSIONS_CANCELLED' then 'sessions_cancelled' when 'SESSIONS_WITHOUT_ROLL' then 'sessions_without_roll'
        when 'EXPECTED' then 'expected' when 'ATTENDED' then 'attended' when 'CONTACTS' then 'contacts'
        when 'FEEDBACK_RESPONSES' then 'feedback_responses' when 'ADJUSTMENTS' then 'adjustments'
        when 'GUIDANCE_VISITS' then 'guidance_visits' end;
    people_filter text := case p_measure
        when 'ENROLLED' then 'true' when 'ENROLLED_PARENTS' then $f$r.kind = 'PARENT'$f$
        when 'ENROLLED_STUDENTS' then $f$r.kind = 'STUDENT'$f$ when 'ENROLLED_PEER_EDUCATORS' then $f$r.kind = 'PEER_EDUCATOR'$f$
        when 'ENROLLED_FEMALE' then $f$r.gender = 'FEMALE'$f$ when 'ENROLLED_MALE' then $f$r.gender = 'MALE'$f$
        when 'COMPLETED' then 'r.completed_on <= $3' when 'COMPLETED_PARENTS' then $f$r.completed_on <= $3 and r.kind = 'PARENT'$f$
        when 'COMPLETED_STUDENTS' then $f$r.completed_on <= $3 and r.kind = 'STUDENT'$f$
        when 'COMPLETED_PEER_EDUCATORS' then $f$r.completed_on <= $3 and r.kind = 'PEER_EDUCATOR'$f$
        when 'COMPLETED_FEMALE' then $f$r.completed_on <= $3 and r.gender = 'FEMALE'$f$
        when 'COMPLETED_MALE' then $f$r.completed_on <= $3 and r.gender = 'MALE'$f$ end;
    activity_type text := case p_measure
        when 'REACHED' then null when 'REACHED_LECTURE' then 'LECTURE' when 'REACHED_CONSULTATION' then 'CONSULTATION'
        when 'REACHED_CAMPAIGN' then 'CAMPAIGN' when 'REACHED_VOLUNTEER_SERVICE' then 'VOLUNTEER_SERVICE'
        when 'REACHED_FAMILY_VISIT' then 'FAMILY_VISIT' when 'REACHED_OTHER' then 'OTHER' end;
begin
    if site_day_column is not null then
        return query execute format($sql$
            select r.site_id, su.path, sum(r.%I)::bigint from report_site_day r join site st on st.id = r.site_id
                   join organisation_unit su on su.id = st.unit_id
             where r.project_id = $1 and r.day between $2 and $3 group by r.site_id, su.path$sql$, site_day_column)
            using p_project, p_from, p_to;
    elsif p_measure = 'SITES_COVERED' then
        return query select r.site_id, su.path, 1::bigint from report_site_day r join site st on st.id = r.site_id
                   join organisation_unit su on su.id = st.unit_id
             where r.project_id = p_project and r.day between p_from and p_to
             group by r.site_id, su.path having sum(r.sessions_held) > 0;
    elsif people_filter is not null then
        return query execute format($sql$
            select r.site_id, su.path, count(*) from report_participant r join site st on st.id = r.site_id
                   join organisation_unit su on su.id = st.unit_id
             where r.project_id = $1 and r.enrolled_on <= $3 and (r.ended_on is null or r.ended_on >= $2) and %s
             group by r.site_id, su.path$sql$, people_filter)
            using p_project, p_from, p_to;
    elsif p_measure like 'REACHED%' and p_measure <> 'REACHED_BY_PEERS' then
        return query select a.site_id, au.path, sum(a.headcount)::bigint
              from activity a join organisation_unit au on au.id = a.unit_id
             where a.deleted_at is null and a.project_id = p_project and a.held_on between p_from and p_to
               and (activity_type is null or a.type = activity_type)
             group by a.site_id, au.path;
    elsif p_measure in ('REACHED_BY_PEERS', 'PEER_SESSIONS_HELD') then
        return query select h.site_id, su.path,
                   case when p_measure = 'PEER_SESSIONS_HELD' then count(*) else sum(p.headcount_total) end::bigint
              from peer_session p join peer_host h on h.id = p.host_id join site st on st.id = h.site_id
                   join organisation_unit su on su.id = st.unit_id
             where h.project_id = p_project and p.status = 'HELD'
               and p.starts_at >= p_from and p.starts_at < p_to + 1
             group by h.site_id, su.path;
    elsif p_measure = 'HOSTS_CERTIFIED' then
        return query select h.site_id, su.path, count(*)
              from peer_host h join site st on st.id = h.site_id join organisation_unit su on su.id = st.unit_id
             where h.project_id = p_project and session_tally_day(h.certified_at) between p_from and p_to
             group by h.site_id, su.path;
    elsif p_measure = 'COURSEWARE_APPROVED' then
        return query select ps.site_id, su.path, count(*)
              from courseware_version v join courseware cw on cw.id = v.courseware_id
                   join project_site ps on ps.id = cw.project_site_id and ps.project_id = p_project
                   join site st on st.id = ps.site_id join organisation_unit su on su.id = st.unit_id
             where v.status = 'APPROVED' and session_tally_day(v.status_changed_at) between p_from and p_to
             group by ps.site_id, su.path;
    end if;
end $$;
