-- National speed for the people figures. report_participant has a row per person (about a million nationally), and
-- a nation's figures counted them one by one. People of a batch share the dates that decide every people figure
-- (enrolled on the same day, completed at the same lesson), so report_people keeps them counted by those dates:
-- (project, site, kind, sex, enrolled_on, ended_on, completed_on) → people. Unknown sex is '', "not ended" and "not
-- completed" are 'infinity', so the key has no nulls and the figures' comparisons need no special case.
--
-- Kept from report_participant by statement-level triggers adding each statement's changes as deltas (+1 for new
-- rows, -1 for old ones), grouped by key and applied in key order with one upsert: deltas commute, so concurrent
-- writers never overwrite each other, and one statement is one upsert whatever its number of rows.
--
-- The figures also read the unit's sites by a literal path prefix (dynamic SQL): with the prefix as a constant the
-- planner estimates the subtree from its statistics (a nation is every site) instead of guessing a few rows and
-- probing the rollups once per site.

create table report_people (
    project_id    bigint       not null,
    site_id       bigint       not null,
    kind          varchar(16)  not null,
    gender        varchar(8)   not null,
    enrolled_on   date         not null,
    ended_on      date         not null,
    completed_on  date         not null,
    people        integer      not null,
    primary key (project_id, site_id, kind, gender, enrolled_on, ended_on, completed_on)
);

create function reporting_people_apply() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select project_id, site_id, kind, gender, enrolled_on, ended_on, completed_on, 1 as sign'
                           || ' from new_rows'
        when 'DELETE' then 'select project_id, site_id, kind, gender, enrolled_on, ended_on, completed_on, -1 as sign'
                           || ' from old_rows'
        else 'select project_id, site_id, kind, gender, enrolled_on, ended_on, completed_on, 1 as sign from new_rows'
             || ' union all select project_id, site_id, kind, gender, enrolled_on, ended_on, completed_on, -1'
             || ' from old_rows' end;
begin
    if reporting_rebuilding() then
        return null;
    end if;
    execute format($sql$
        insert into report_people as g (project_id, site_id, kind, gender, enrolled_on, ended_on, completed_on, people)
        select project_id, site_id, kind, coalesce(gender, ''), enrolled_on, coalesce(ended_on, 'infinity'),
               coalesce(completed_on, 'infinity'), sum(sign)
          from (%s) c
         group by 1, 2, 3, 4, 5, 6, 7
        having sum(sign) <> 0
         order by 1, 2, 3, 4, 5, 6, 7
        on conflict (project_id, site_id, kind, gender, enrolled_on, ended_on, completed_on)
        do update set people = g.people + excluded.people
        $sql$, changed);
    -- Keys nobody is counted under any more go (only those this statement touched).
    execute format($sql$
        delete from report_people g
         using (select distinct project_id, site_id from (%s) c) k
         where g.project_id = k.project_id and g.site_id = k.site_id and g.people = 0
        $sql$, changed);
    return null;
end $$;

create trigger reporting_people_insert after insert on report_participant
    referencing new table as new_rows for each statement execute function reporting_people_apply();
create trigger reporting_people_update after update on report_participant
    referencing old table as old_rows new table as new_rows
    for each statement execute function reporting_people_apply();
create trigger reporting_people_delete after delete on report_participant
    referencing old table as old_rows for each statement execute function reporting_people_apply();

create function reporting_people_rebuild() returns void language plpgsql as $$
begin
    truncate report_people;
    insert into report_people (project_id, site_id, kind, gender, enrolled_on, ended_on, completed_on, people)
    select project_id, site_id, kind, coalesce(gender, ''), enrolled_on, coalesce(ended_on, 'infinity'),
           coalesce(completed_on, 'infinity'), count(*)
      from report_participant
     group by 1, 2, 3, 4, 5, 6, 7;
    analyze report_people;
end $$;

select reporting_people_rebuild();

create or replace function reporting_rollup_rebuild() returns void language plpgsql as $$
begin
    perform set_config('reporting.rebuilding', 'on', true);
    perform session_tally_recount(array(select id from training_session));
    truncate report_site_day, report_participant;
    perform reporting_site_day_insert('true', null, null);
    perform reporting_participant_insert('true', null::bigint[]);
    analyze report_site_day;
    analyze report_participant;
    perform reporting_people_rebuild();
    perform set_config('reporting.rebuilding', 'off', true);
end $$;

create or replace function reporting_figures(p_project bigint, p_unit bigint, p_from date, p_to date,
        p_sites bigint[] default null)
    returns table (child_level text, child_id bigint, measure text, value numeric)
    language plpgsql stable as $$
declare
    unit_path varchar;
    unit_depth integer;
begin
    select u.path, u.depth into unit_path, unit_depth from organisation_unit u where u.id = p_unit;
    if unit_path is null then
        return;
    end if;
    return query execute format($sql$
    with places as materialized (
        select ps.id as ps_id, st.id as site_id, case when su.id = $2 then 'SITE' else 'UNIT' end as lvl,
               case when su.id = $2 then st.id else cast(split_part(su.path, '/', %2$s + 3) as bigint) end as cid
          from organisation_unit su
               join site st on st.unit_id = su.id
               join project_site ps on ps.site_id = st.id and ps.project_id = $1
         where su.path like %1$L and ($5 is null or ps.id = any($5))
    ),
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
         where r.project_id = $1 and r.day between $3 and $4
         group by grouping sets ((pl.lvl, pl.cid), ())
    ),
    people as (
        select grouping(pl.lvl, pl.cid) as g, pl.lvl, pl.cid,
               sum(rp.people) as enrolled,
               sum(rp.people) filter (where rp.kind = 'PARENT') as e_parents,
               sum(rp.people) filter (where rp.kind = 'STUDENT') as e_students,
               sum(rp.people) filter (where rp.kind = 'PEER_EDUCATOR') as e_peers,
               sum(rp.people) filter (where rp.gender = 'FEMALE') as e_female,
               sum(rp.people) filter (where rp.gender = 'MALE') as e_male,
               sum(rp.people) filter (where rp.completed_on <= $4) as completed,
               sum(rp.people) filter (where rp.completed_on <= $4 and rp.kind = 'PARENT') as c_parents,
               sum(rp.people) filter (where rp.completed_on <= $4 and rp.kind = 'STUDENT') as c_students,
               sum(rp.people) filter (where rp.completed_on <= $4 and rp.kind = 'PEER_EDUCATOR') as c_peers,
               sum(rp.people) filter (where rp.completed_on <= $4 and rp.gender = 'FEMALE') as c_female,
               sum(rp.people) filter (where rp.completed_on <= $4 and rp.gender = 'MALE') as c_male
          from report_people rp join (select distinct site_id, lvl, cid from places) pl on pl.site_id = rp.site_id
         where rp.project_id = $1 and rp.enrolled_on <= $4 and rp.ended_on >= $3
         group by grouping sets ((pl.lvl, pl.cid), ())
    )
    select u.* from sessions s cross join lateral reporting_unpivot(s.g, s.lvl, s.cid, $2, s.planned, s.held,
           s.cancelled, s.without_roll, s.expected, s.attended, s.contacts, s.responses, s.sat_sum, s.sat_count,
           s.adjustments, s.guidance, s.covered) u
    union all
    select u.* from people s cross join lateral reporting_unpivot_people(s.g, s.lvl, s.cid, $2, s.enrolled,
           s.e_parents, s.e_students, s.e_peers, s.e_female, s.e_male, s.completed, s.c_parents, s.c_students,
           s.c_peers, s.c_female, s.c_male) u
    $sql$, unit_path || '%', unit_depth)
    using p_project, p_unit, p_from, p_to, p_sites;
    return query select * from reporting_small_figures(p_project, p_unit, p_from, p_to, p_sites);
end $$;

-- Targets read people from the grouped rows too.
create or replace function reporting_measure_facts(p_project bigint, p_measure text, p_from date, p_to date)
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
            select r.site_id, su.path, sum(r.people)::bigint from report_people r join site st on st.id = r.site_id
                   join organisation_unit su on su.id = st.unit_id
             where r.project_id = $1 and r.enrolled_on <= $3 and r.ended_on >= $2 and %s
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
