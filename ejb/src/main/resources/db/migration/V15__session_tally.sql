-- Per-session tally (rollup) of attendance: who was expected and how they were marked, one row per training session,
-- so dashboards and reports sum a row per session instead of counting enrolments and marks per session.
--
-- Kept by the database itself, in the writer's transaction: statement-level triggers on attendance, enrolment and
-- training_session add what each statement changed (its transition tables, grouped by session: one UPDATE per
-- statement whatever its number of rows). Adding deltas commutes, so writers of the same session never overwrite each
-- other's counts. Every writer is covered, also ones added later and plain SQL (imports, data loads, repairs).
-- session_tally_recount(ids) recounts sessions from scratch: new sessions, a session moved to another day or batch,
-- the backfill below, and repairs (org.healthedu.attendance.Tallies).

create table session_tally (
    session_id  bigint   primary key references training_session (id) on delete cascade,
    -- Enrolments of the session's batch that cover its date in China: joined on or before it, not left by then.
    expected    integer  not null default 0,
    -- Marks of enrolled people (not walk-ins) by status.
    present     integer  not null default 0,
    late        integer  not null default 0,
    excused     integer  not null default 0,
    absent      integer  not null default 0,
    -- Marks of walk-ins, any status.
    walk_ins    integer  not null default 0,
    -- All marks, walk-ins included (0: no roll taken).
    marked      integer  not null default 0
);

-- The local date that decides who is expected on a session (as the application's SessionTime.date).
create function session_tally_day(starts_at timestamptz) returns date
    language sql stable parallel safe as $$ select cast(starts_at at time zone 'Asia/Shanghai' as date) $$;

-- Recounts the given sessions from attendance and enrolment (creating missing rows). Locks existing rows first, so
-- that the counts are read after any concurrent writer of those sessions has committed.
create function session_tally_recount(ids bigint[]) returns void language plpgsql as $$
begin
    perform 1 from session_tally where session_id = any(ids) order by session_id for update;
    insert into session_tally (session_id, expected, present, late, excused, absent, walk_ins, marked)
    select s.id,
           (select count(*) from enrolment e where e.batch_id = s.batch_id
               and e.enrolled_on <= session_tally_day(s.starts_at)
               and (e.ended_on is null or e.ended_on > session_tally_day(s.starts_at))),
           coalesce(m.present, 0), coalesce(m.late, 0), coalesce(m.excused, 0), coalesce(m.absent, 0),
           coalesce(m.walk_ins, 0), coalesce(m.marked, 0)
      from training_session s
           left join (select a.session_id,
                             count(*) filter (where not a.walk_in and a.status = 'PRESENT') as present,
                             count(*) filter (where not a.walk_in and a.status = 'LATE') as late,
                             count(*) filter (where not a.walk_in and a.status = 'EXCUSED') as excused,
                             count(*) filter (where not a.walk_in and a.status = 'ABSENT') as absent,
                             count(*) filter (where a.walk_in) as walk_ins,
                             count(*) as marked
                        from attendance a where a.session_id = any(ids)
                       group by a.session_id) m on m.session_id = s.id
     where s.id = any(ids)
    on conflict (session_id) do update
       set expected = excluded.expected, present = excluded.present, late = excluded.late,
           excused = excluded.excused, absent = excluded.absent, walk_ins = excluded.walk_ins,
           marked = excluded.marked;
end $$;

-- Marks: add the statement's new rows, take away its old ones (an UPDATE has both).
create function session_tally_attendance() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select session_id, status, walk_in, 1 as sign from new_marks'
        when 'DELETE' then 'select session_id, status, walk_in, -1 as sign from old_marks'
        else 'select session_id, status, walk_in, 1 as sign from new_marks'
             || ' union all select session_id, status, walk_in, -1 from old_marks' end;
begin
    execute format($sql$
        update session_tally t
           set present = t.present + d.present, late = t.late + d.late, excused = t.excused + d.excused,
               absent = t.absent + d.absent, walk_ins = t.walk_ins + d.walk_ins, marked = t.marked + d.marked
          from (select session_id,
                       coalesce(sum(sign) filter (where not walk_in and status = 'PRESENT'), 0) as present,
                       coalesce(sum(sign) filter (where not walk_in and status = 'LATE'), 0) as late,
                       coalesce(sum(sign) filter (where not walk_in and status = 'EXCUSED'), 0) as excused,
                       coalesce(sum(sign) filter (where not walk_in and status = 'ABSENT'), 0) as absent,
                       coalesce(sum(sign) filter (where walk_in), 0) as walk_ins,
                       sum(sign) as marked
                  from (%s) c
                 group by session_id) d
         where t.session_id = d.session_id
           and (d.present, d.late, d.excused, d.absent, d.walk_ins, d.marked) <> (0, 0, 0, 0, 0, 0)
        $sql$, changed);
    return null;
end $$;

create trigger session_tally_attendance_insert after insert on attendance
    referencing new table as new_marks for each statement execute function session_tally_attendance();
create trigger session_tally_attendance_update after update on attendance
    referencing old table as old_marks new table as new_marks
    for each statement execute function session_tally_attendance();
create trigger session_tally_attendance_delete after delete on attendance
    referencing old table as old_marks for each statement execute function session_tally_attendance();

-- Enrolments: who is expected on each session of the batches the statement touched (enrolment, withdrawal, a move's
-- end of one enrolment and start of another, changed dates).
create function session_tally_enrolment() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select batch_id, enrolled_on, ended_on, 1 as sign from new_enrolments'
        when 'DELETE' then 'select batch_id, enrolled_on, ended_on, -1 as sign from old_enrolments'
        else 'select batch_id, enrolled_on, ended_on, 1 as sign from new_enrolments'
             || ' union all select batch_id, enrolled_on, ended_on, -1 from old_enrolments' end;
begin
    execute format($sql$
        update session_tally t
           set expected = t.expected + d.expected
          from (select s.id, sum(c.sign) as expected
                  from (%s) c join training_session s on s.batch_id = c.batch_id
                 where c.enrolled_on <= session_tally_day(s.starts_at)
                   and (c.ended_on is null or c.ended_on > session_tally_day(s.starts_at))
                 group by s.id) d
         where t.session_id = d.id and d.expected <> 0
        $sql$, changed);
    return null;
end $$;

create trigger session_tally_enrolment_insert after insert on enrolment
    referencing new table as new_enrolments for each statement execute function session_tally_enrolment();
create trigger session_tally_enrolment_update after update on enrolment
    referencing old table as old_enrolments new table as new_enrolments
    for each statement execute function session_tally_enrolment();
create trigger session_tally_enrolment_delete after delete on enrolment
    referencing old table as old_enrolments for each statement execute function session_tally_enrolment();

-- Sessions: a new session is counted at once; one moved to another day or batch expects other people.
create function session_tally_session() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform session_tally_recount(array(select id from new_sessions));
    else
        perform session_tally_recount(array(
            select n.id from new_sessions n join old_sessions o on o.id = n.id
             where n.batch_id <> o.batch_id or session_tally_day(n.starts_at) <> session_tally_day(o.starts_at)));
    end if;
    return null;
end $$;

create trigger session_tally_session_insert after insert on training_session
    referencing new table as new_sessions for each statement execute function session_tally_session();
create trigger session_tally_session_update after update on training_session
    referencing old table as old_sessions new table as new_sessions
    for each statement execute function session_tally_session();

-- Backfill every existing session.
select session_tally_recount(array(select id from training_session));

analyze session_tally;
