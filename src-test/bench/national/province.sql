-- National data set, step 2, one province (psql -v pcode=NP01 -v asof=2026-11-29): its participants, enrolments,
-- sessions, attendance, feedback and guidance notes. One transaction; session_replication_role = replica, so no
-- trigger runs (tallies and rollups are rebuilt once at the end) and references come from the rows made here.
\set ON_ERROR_STOP on
set session_replication_role = replica;
begin;

-- The province's batches with what decides their data.
create temp table pb on commit drop as
select b.id as batch_id, b.number, b.planned_start, b.project_id, b.project_site_id, s.id as site_id,
       s.unit_id as county_id, s.kind as site_kind, tr.id as trainer_id, 12 + b.number % 15 as size,
       case when s.kind in ('SCHOOL', 'UNIVERSITY') then 'STUDENT' else 'PARENT' end as audience
  from organisation_unit p
       join organisation_unit c on c.path like p.path || '%' and c.kind = 'COUNTY'
       join site s on s.unit_id = c.id
       join project_site ps on ps.site_id = s.id
       join batch b on b.project_site_id = ps.id
       join account tr on tr.username = 'trainer.' || lower(c.code)
 where p.code = :'pcode';

-- People: size enrolled per batch, plus one walk-in who is not enrolled (i = size + 1).
create temp table pp on commit drop as
select nextval('participant_seq') as id, pb.batch_id, pb.county_id, pb.site_id, pb.planned_start, pb.trainer_id,
       i, i > pb.size as walk_in_person,
       case when pb.site_kind = 'UNIVERSITY' then 'PEER_EDUCATOR'
            when pb.site_kind = 'SCHOOL' and i % 10 = 0 then 'PEER_EDUCATOR'
            when pb.site_kind = 'SCHOOL' then 'STUDENT'
            else 'PARENT' end as kind,
       random() as r
  from pb cross join lateral generate_series(1, pb.size + 1) i;

insert into participant (id, kind, display_name, name_key, gender, birth_year, phone, unit_id, site_id)
select pp.id, pp.kind, n.name, n.name,
       case when pp.kind = 'PARENT' then case when pp.r < 0.7 then 'FEMALE' else 'MALE' end
            else case when pp.r < 0.5 then 'FEMALE' else 'MALE' end end,
       case pp.kind when 'STUDENT' then 2008 + (pp.id / 50 % 6)::int          -- minors
                    when 'PEER_EDUCATOR' then 2001 + (pp.id / 50 % 6)::int
                    else case when pp.r < 0.5 then null else 1972 + (pp.id / 50 % 18)::int end end,
       case when pp.kind = 'PARENT' then '139' || lpad((pp.id % 100000000)::text, 8, '0') end,
       pp.county_id, pp.site_id
  from pp cross join lateral (select (array['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + (pp.id / 50 % 10)::int]
                                     || (array['明','芳','伟','娜','强','敏','静','磊','洋','艳'])[1 + (pp.id / 500 % 10)::int]
                                     || pp.i as name) n;

-- Enrolments, backdated a week before the first session; 3% withdrew after three sessions.
insert into enrolment (id, batch_id, project_id, participant_id, status, enrolled_on, ended_on, end_reason,
                       enrolled_by, ended_by)
select nextval('enrolment_seq'), pp.batch_id, pb.project_id, pp.id,
       case when pp.r >= 0.97 then 'WITHDRAWN' else 'ACTIVE' end, pp.planned_start - 7,
       case when pp.r >= 0.97 then pp.planned_start + 17 end,
       case when pp.r >= 0.97 then '个人原因' end, pp.trainer_id,
       case when pp.r >= 0.97 then pp.trainer_id end
  from pp join pb on pb.batch_id = pp.batch_id
 where not pp.walk_in_person;

-- Twelve weekly sessions per batch at 19:00 China time. Past: 4% cancelled, 1% still planned (roll never taken),
-- the rest held, 1% of those without a roll; future: planned.
create temp table ss on commit drop as
select nextval('training_session_seq') as id, pb.batch_id, pb.project_id, pb.project_site_id, pb.trainer_id,
       pb.audience, l.id as lesson_id, l.position,
       ((pb.planned_start + 7 * (l.position - 1))::timestamp + time '19:00') at time zone 'Asia/Shanghai' as starts_at,
       random() as r
  from pb join batch b on b.id = pb.batch_id join curriculum_lesson l on l.curriculum_id = b.curriculum_id;
alter table ss add column status varchar(16);
update ss set status = case when starts_at > (:'asof')::date then 'PLANNED' when r < 0.04 then 'CANCELLED'
                            when r < 0.05 then 'PLANNED' else 'HELD' end;

insert into training_session (id, project_id, batch_id, project_site_id, lesson_id, room, starts_at, ends_at,
                              lead_trainer_id, status, status_reason, created_by)
select ss.id, ss.project_id, ss.batch_id, ss.project_site_id, ss.lesson_id, '活动室', ss.starts_at,
       ss.starts_at + interval '2 hours', ss.trainer_id, ss.status,
       case when ss.status = 'CANCELLED' then '场地临时不可用' end, ss.trainer_id
  from ss;

-- Marks of everyone enrolled on the day (present 80%, late 7%, excused 5%, absent 8%; a fifth by self check-in),
-- and the batch's walk-in at lessons 3 and 7.
insert into attendance (id, session_id, participant_id, status, walk_in, source, recorded_by, recorded_at,
                        created_at, updated_at)
select nextval('attendance_seq'), m.session_id, m.participant_id, m.status, m.walk_in, m.source, m.trainer_id,
       m.at, m.at, m.at
  from (select ss.id as session_id, pp.id as participant_id, ss.trainer_id, ss.starts_at + interval '2 hours' as at,
               false as walk_in, x.r,
               case when x.r < 0.80 then 'PRESENT' when x.r < 0.87 then 'LATE' when x.r < 0.92 then 'EXCUSED'
                    else 'ABSENT' end as status,
               case when x.r < 0.16 then 'SELF_CHECKIN' else 'ROLL_CALL' end as source
          from ss join pp on pp.batch_id = ss.batch_id and not pp.walk_in_person
               cross join lateral (select random() as r, pp.id as ref) x
         where ss.status = 'HELD' and ss.r >= 0.06
           and (pp.r < 0.97 or ss.starts_at < ((pp.planned_start + 17)::timestamp at time zone 'Asia/Shanghai'))
        union all
        select ss.id, pp.id, ss.trainer_id, ss.starts_at + interval '2 hours', true, 0, 'PRESENT', 'ROLL_CALL'
          from ss join pp on pp.batch_id = ss.batch_id and pp.walk_in_person
         where ss.status = 'HELD' and ss.r >= 0.06 and ss.position in (3, 7)) m;

-- Feedback: 0..7 responses per held session with a roll (about 3.5), on the shipped template of its audience, each
-- answering the three required scale questions (usefulness, clarity, overall satisfaction 0-10).
with r as (
    insert into feedback_response (id, session_id, form_version_id, audience, submission_key, respondent_key,
                                   participant_id, locale, submitted_at)
    select nextval('feedback_response_seq'), ss.id, f.current_version_id, ss.audience, gen_random_uuid(),
           'bench-' || i, null, 'zh_CN', ss.starts_at + interval '2 hours' + i * interval '1 minute'
      from ss join feedback_form f
           on f.template_code = case ss.audience when 'PARENT' then 'POST_SESSION_PARENTS' else 'POST_SESSION_STUDENTS' end
           cross join lateral generate_series(1, (ss.id / 50 % 8)::int) i
     where ss.status = 'HELD' and ss.r >= 0.06
    returning id, form_version_id)
insert into feedback_answer (id, response_id, question_id, number_value)
select nextval('feedback_answer_seq'), r.id, q.id,
       case q.kind when 'RATING10' then 5 + (random() * 5.49)::int else 2 + (random() * 3.49)::int end
  from r join feedback_question q on q.version_id = r.form_version_id and q.measure is not null;

-- Guidance notes on 1% of held sessions, by the province's coordinator.
insert into guidance_note (id, session_id, author_id, observed, suggestions, created_at)
select nextval('guidance_note_seq'), ss.id, a.id, '课堂组织有序，学员参与积极。', '增加互动练习时间。',
       ss.starts_at + interval '3 hours'
  from ss cross join account a
 where a.username = 'coord.' || lower(:'pcode') and ss.status = 'HELD' and ss.r between 0.5 and 0.51;

commit;
