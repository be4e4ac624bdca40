-- More attendance on the same network, sessions and people: every held session with a roll gets :k walk-ins, people
-- enrolled in the next batch of the same county (by batch number) who came along. Sites, sessions, enrolments and
-- participants stay as they are, so only the number of attendance rows grows (national-more-marks.sh).
\set ON_ERROR_STOP on
set session_replication_role = replica;
begin;
create temp table neighbour on commit drop as
select batch_id, other_batch from (
    select b.id as batch_id,
           coalesce(lead(b.id) over w, first_value(b.id) over w) as other_batch
      from batch b join project_site ps on ps.id = b.project_site_id join site s on s.id = ps.site_id
    window w as (partition by s.unit_id order by b.number rows between unbounded preceding and unbounded following)) n
 where other_batch <> batch_id;
create temp table visitor on commit drop as
select e.batch_id, e.participant_id, row_number() over (partition by e.batch_id order by e.participant_id) as i
  from enrolment e;
create index on visitor (batch_id, i);
analyze neighbour;
analyze visitor;
insert into attendance (id, session_id, participant_id, status, walk_in, source, recorded_by, recorded_at,
                        created_at, updated_at)
select nextval('attendance_seq'), s.id, v.participant_id, 'PRESENT', true, 'ROLL_CALL', s.lead_trainer_id, s.ends_at,
       s.ends_at, s.ends_at
  from training_session s
       join neighbour n on n.batch_id = s.batch_id
       join visitor v on v.batch_id = n.other_batch and v.i <= :k
 where s.status = 'HELD' and exists (select 1 from attendance a where a.session_id = s.id)
on conflict (session_id, participant_id) do nothing;
commit;
